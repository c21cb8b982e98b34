/**
 * Which IndexedDB database is the library. A Replace fills a new database (a staging one) and only once it is
 * whole switches to it by name, so an interrupted Replace leaves the old library as it was. The name is kept in
 * the page's localStorage (one synchronous write: the switch); the staging database being filled and the library
 * a switch retired are named there too, so that whatever a crash left behind is removed at the next start — and
 * only those: a database is deleted only when it is named as staging or retired and is not the active one.
 */
import { Dexie } from 'dexie';
import { DEFAULT_DATABASE_NAME } from './database';

const ACTIVE_KEY = 'offprint.library';
const STAGING_KEY = 'offprint.library.staging';
const RETIRED_KEY = 'offprint.library.retired';
const STAGING_PREFIX = 'offprint-library-';

/** The read-only copy of a backup the version guard opens: never the library, emptied at each start. */
export const READ_ONLY_COPY_NAME = 'offprint-read-only-copy';

function isLibraryName(name: string | null): name is string {
  return name === DEFAULT_DATABASE_NAME || (name !== null && /^offprint-library-[0-9a-f-]{36}$/.test(name));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The library's database name: the last one switched to, or the default. */
export function activeLibraryName(): string {
  const name = storage()?.getItem(ACTIVE_KEY) ?? null;
  return isLibraryName(name) ? name : DEFAULT_DATABASE_NAME;
}

/** A new name for a staging database, recorded as staging before anything is written to it. */
export function beginStagingName(): string {
  const name = `${STAGING_PREFIX}${crypto.randomUUID()}`;
  storage()?.setItem(STAGING_KEY, name);
  return name;
}

/** The switch: from now on `staging` is the library, and `retired` is to be deleted. */
export function switchLibrary(staging: string, retired: string): void {
  const store = storage();
  if (!store) throw new Error('The library cannot be switched: this window has no local storage.');
  store.setItem(RETIRED_KEY, retired);
  store.setItem(ACTIVE_KEY, staging);
  store.removeItem(STAGING_KEY);
}

async function deleteIfNamed(key: string, active: string): Promise<void> {
  const store = storage();
  const name = store?.getItem(key) ?? null;
  if (!isLibraryName(name)) {
    store?.removeItem(key);
    return;
  }
  if (name !== active) await Dexie.delete(name);
  store?.removeItem(key);
}

/** Deletes a staging database left by an interrupted Replace and the library a finished one retired. */
export async function removeLeftoverLibraries(active: string = activeLibraryName()): Promise<void> {
  await deleteIfNamed(STAGING_KEY, active);
  await deleteIfNamed(RETIRED_KEY, active);
}

/** Deletes a staging database whose Replace stopped (the library stays the old one). */
export async function discardStaging(name: string): Promise<void> {
  if (name === activeLibraryName()) return;
  await Dexie.delete(name);
  if (storage()?.getItem(STAGING_KEY) === name) storage()?.removeItem(STAGING_KEY);
}
