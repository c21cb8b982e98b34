/**
 * Which IndexedDB database is the library. A Replace fills a new database (a staging one) and only once it is
 * whole switches to it by name, so an interrupted Replace leaves the old library as it was. The names are kept in
 * a small IndexedDB database of their own (the library pointer), written with strict durability: the staging name
 * before anything is written to it, and the switch (the new active name, the retired one, the staging name
 * cleared) in one transaction, committed before the old library is let go. localStorage, where they were kept
 * before, is not kept on disk at once by Chromium: a process killed a few seconds after a switch lost it, and the
 * next start took the deleted old library for the library (the durability e2e of a killed Replace). Whatever a
 * crash left behind is removed at the next start — and only that: a database is deleted only when it is named as
 * staging or retired and is not the active one.
 */
import { Dexie, type Table } from 'dexie';
import { DEFAULT_DATABASE_NAME } from './database';

/** The library pointer's database (not a library: its name is none a library takes). */
export const LIBRARY_POINTER_NAME = 'offprint-active-library';
const STAGING_PREFIX = 'offprint-library-';
/** Where the names were kept before the pointer: read (and cleared) so that a library switched to then is kept. */
const LEGACY_KEYS = { active: 'offprint.library', staging: 'offprint.library.staging', retired: 'offprint.library.retired' } as const;

type Role = keyof typeof LEGACY_KEYS;

interface PointerRow {
  role: Role;
  name: string;
}

/** The read-only copy of a backup the version guard opens: never the library, emptied at each start. */
export const READ_ONLY_COPY_NAME = 'offprint-read-only-copy';

class LibraryPointer extends Dexie {
  names!: Table<PointerRow, Role>;

  constructor() {
    // Strict: the switch is on disk before the window shows the new library and the old one is deleted.
    super(LIBRARY_POINTER_NAME, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ names: 'role' });
  }
}

/** Runs `work` on the pointer, opened for it and closed after (it is used a few times per start or Replace). */
async function withPointer<T>(work: (pointer: LibraryPointer) => Promise<T>): Promise<T> {
  const pointer = new LibraryPointer();
  try {
    return await work(pointer);
  } finally {
    pointer.close();
  }
}

function isLibraryName(name: string | null | undefined): name is string {
  return name === DEFAULT_DATABASE_NAME || (typeof name === 'string' && /^offprint-library-[0-9a-f-]{36}$/.test(name));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function legacyName(role: Role): string | null {
  return storage()?.getItem(LEGACY_KEYS[role]) ?? null;
}

function clearLegacy(role: Role): void {
  storage()?.removeItem(LEGACY_KEYS[role]);
}

/** The library's database name: the last one switched to, or the default. */
export async function activeLibraryName(): Promise<string> {
  const recorded = await withPointer((pointer) => pointer.names.get('active'));
  const name = recorded?.name ?? legacyName('active');
  return isLibraryName(name) ? name : DEFAULT_DATABASE_NAME;
}

/** A new name for a staging database, recorded as staging (on disk) before anything is written to it. */
export async function beginStagingName(): Promise<string> {
  const name = `${STAGING_PREFIX}${crypto.randomUUID()}`;
  await withPointer((pointer) => pointer.names.put({ role: 'staging', name }));
  return name;
}

/** The switch, in one transaction: from now on `staging` is the library, and `retired` is to be deleted. */
export async function switchLibrary(staging: string, retired: string): Promise<void> {
  await withPointer((pointer) =>
    pointer.transaction('rw', pointer.names, async () => {
      await pointer.names.bulkPut([
        { role: 'active', name: staging },
        { role: 'retired', name: retired },
      ]);
      await pointer.names.delete('staging');
    }),
  );
  clearLegacy('active');
}

/** Deletes the database recorded as `role` (in the pointer, or where it was kept before) unless it is `active`. */
async function deleteIfNamed(role: Exclude<Role, 'active'>, active: string): Promise<void> {
  const recorded = await withPointer((pointer) => pointer.names.get(role));
  for (const name of new Set([recorded?.name, legacyName(role)])) {
    if (isLibraryName(name) && name !== active) await Dexie.delete(name);
  }
  if (recorded) {
    await withPointer((pointer) =>
      pointer.transaction('rw', pointer.names, async () => {
        // Only the name deleted: a Replace begun meanwhile has recorded a staging database of its own.
        if ((await pointer.names.get(role))?.name === recorded.name) await pointer.names.delete(role);
      }),
    );
  }
  clearLegacy(role);
}

/** Deletes a staging database left by an interrupted Replace and the library a finished one retired. */
export async function removeLeftoverLibraries(active?: string): Promise<void> {
  const current = active ?? (await activeLibraryName());
  await deleteIfNamed('staging', current);
  await deleteIfNamed('retired', current);
}

/** Deletes a staging database whose Replace stopped (the library stays the old one). */
export async function discardStaging(name: string): Promise<void> {
  if (name === (await activeLibraryName())) return;
  await Dexie.delete(name);
  await withPointer((pointer) =>
    pointer.transaction('rw', pointer.names, async () => {
      if ((await pointer.names.get('staging'))?.name === name) await pointer.names.delete('staging');
    }),
  );
}
