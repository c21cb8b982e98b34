/**
 * The library pointer (data/library-name.ts): which database is the library survives the window (it is in
 * IndexedDB, not in localStorage, which Chromium writes to disk only a while later); what a Replace staged or
 * retired is deleted at the next start, and never the library; a library switched to by an older version (named
 * in localStorage) is still found.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import {
  LIBRARY_POINTER_NAME,
  activeLibraryName,
  beginStagingName,
  discardStaging,
  removeLeftoverLibraries,
  switchLibrary,
} from '../../../../src-renderer/src/data/library-name';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.startsWith('offprint')).sort();
}

async function makeLibrary(name: string): Promise<void> {
  const db = new OffprintDatabase(name);
  await db.open();
  db.close();
}

/** The page's localStorage (these tests run in Node). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const name of await databaseNames()) await Dexie.delete(name);
});

describe('the library pointer', () => {
  it('is the default library until a Replace switches it; the switch outlives localStorage', async () => {
    await makeLibrary('offprint');
    expect(await activeLibraryName()).toBe('offprint');
    const staging = await beginStagingName();
    expect(staging).toMatch(/^offprint-library-[0-9a-f-]{36}$/);
    await makeLibrary(staging);
    await switchLibrary(staging, 'offprint');
    // What a killed window loses: its localStorage writes not yet on disk.
    localStorage.clear();
    expect(await activeLibraryName()).toBe(staging);
    await removeLeftoverLibraries();
    expect(await databaseNames()).toEqual([LIBRARY_POINTER_NAME, staging]);
  });

  it('deletes at the next start a staging database a killed Replace was filling, and keeps the library', async () => {
    await makeLibrary('offprint');
    const staging = await beginStagingName();
    await makeLibrary(staging);
    localStorage.clear();
    // The next start.
    expect(await activeLibraryName()).toBe('offprint');
    await removeLeftoverLibraries();
    expect(await databaseNames()).toEqual(['offprint', LIBRARY_POINTER_NAME]);
  });

  it('discards a stopped staging database, but never the active library', async () => {
    await makeLibrary('offprint');
    const staging = await beginStagingName();
    await makeLibrary(staging);
    await discardStaging(staging);
    await discardStaging('offprint');
    expect(await databaseNames()).toEqual(['offprint', LIBRARY_POINTER_NAME]);
    await removeLeftoverLibraries();
    expect(await databaseNames()).toEqual(['offprint', LIBRARY_POINTER_NAME]);
  });

  it('finds a library an older version switched to in localStorage, and deletes the one it retired', async () => {
    const switched = 'offprint-library-0b6c6f4e-8f7a-4d55-9f3e-5b8a2f1d9c70';
    await makeLibrary('offprint');
    await makeLibrary(switched);
    localStorage.setItem('offprint.library', switched);
    localStorage.setItem('offprint.library.retired', 'offprint');
    expect(await activeLibraryName()).toBe(switched);
    await removeLeftoverLibraries();
    expect(await databaseNames()).toEqual([LIBRARY_POINTER_NAME, switched]);
    expect(localStorage.getItem('offprint.library.retired')).toBeNull();
  });
});
