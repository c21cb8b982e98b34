/**
 * A write the browser's storage refuses for lack of room (IndexedDB's QuotaExceededError) reads as a full disk in
 * the interface language wherever the renderer shows an error, and the aborted write stored nothing. A real Dexie
 * database (fake-indexeddb) whose object store refuses the write as Chromium does when the disk is full.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setI18n } from 'react-i18next';
import { createI18n } from '../../../../src-shared/i18n';
import { errorMessage } from '../../../../src-renderer/src/data/bridge';
import { isStorageFull } from '../../../../src-renderer/src/data/storage-full';
import { freshDb } from './support';

afterEach(() => {
  setI18n(createI18n('en'));
});

/** Runs `write` with every `put`/`add` of the named store refusing the write as a full disk does. */
async function whenFull(storeName: string, write: () => Promise<unknown>): Promise<unknown> {
  const originals = { put: IDBObjectStore.prototype.put, add: IDBObjectStore.prototype.add };
  for (const name of ['put', 'add'] as const) {
    const original = originals[name];
    IDBObjectStore.prototype[name] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
  try {
    await write();
    return null;
  } catch (error) {
    return error;
  } finally {
    IDBObjectStore.prototype.put = originals.put;
    IDBObjectStore.prototype.add = originals.add;
  }
}

describe('a full disk refusing the library’s write', () => {
  it('is recognised through Dexie’s wrapper, and the transaction stored nothing', async () => {
    const db = freshDb();
    await db.open();
    const before = await db.settings.count();
    const error = await whenFull('settings', () =>
      db.transaction('rw', db.settings, async () => {
        await db.settings.put({ key: 'first', value: 1 } as never);
        await db.settings.put({ key: 'second', value: 2 } as never);
      }),
    );
    expect(error).not.toBeNull();
    expect(isStorageFull(error)).toBe(true);
    expect(await db.settings.count()).toBe(before);
    db.close();
  });

  it('is said in the interface language, not as the browser’s English', async () => {
    const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorMessage(error)).toBe('There is no room left on this disk for Offprint’s library, so nothing was stored. Free some disk space and try again.');
    setI18n(createI18n('zh-Hans'));
    expect(errorMessage(error)).toBe('此磁盘上已没有空间存放 Offprint 的资料库，因此未保存任何内容。请释放一些磁盘空间后重试。');
  });

  it('is not confused with other failures of a write', async () => {
    const db = freshDb();
    await db.open();
    await db.settings.add({ key: 'once', value: 1 } as never);
    let constraint: unknown = null;
    await db.settings.add({ key: 'once', value: 2 } as never).catch((error: unknown) => (constraint = error));
    expect(constraint).not.toBeNull();
    expect(isStorageFull(constraint)).toBe(false);
    expect(isStorageFull(new Error('QuotaExceededError'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
    db.close();
  });
});
