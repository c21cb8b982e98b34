/**
 * The engine in this thread: for tests (Node, jsdom) and platforms without workers. Its stored bytes are read and
 * written through the library's own Dexie connection (the worker, having no Dexie, uses plain IndexedDB).
 */
import type { OffprintDatabase } from '../../database';
import { EngineCore } from '../../../../../src-shared/search/engine/engine-core';
import type { IndexEngine, StoredIndexBytes } from '../../../../../src-shared/search/engine/index-engine';

function dexieIndexBytes(db: OffprintDatabase): StoredIndexBytes {
  return {
    async read(_dbName, key, version) {
      const record = await db.searchIndex.get(key);
      return record?.version === version && record.bytes instanceof Uint8Array ? record.bytes : null;
    },
    async write(_dbName, bytes, record) {
      await db.searchIndex.put({ ...record, bytes });
    },
  };
}

export function createLocalEngine(db: OffprintDatabase): IndexEngine {
  const core = new EngineCore(dexieIndexBytes(db));
  return {
    loadStored: (dbName, key, version) => core.loadStored(dbName, key, version),
    reset: async () => core.reset(),
    check: async (versions) => core.check(versions),
    apply: async (removeIds, docs) => core.apply(removeIds, docs),
    search: async (query, options) => core.search(query, options),
    related: async (doc, options) => core.related(doc, options),
    serialize: async () => core.serialize(),
    persist: (dbName, record) => core.persist(dbName, record),
    close: () => undefined,
  };
}
