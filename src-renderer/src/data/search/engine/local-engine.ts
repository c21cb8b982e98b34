/** The engine in this thread: for tests (Node, jsdom) and platforms without workers. */
import { EngineCore } from '../../../../../src-shared/search/engine/engine-core';
import type { IndexEngine } from '../../../../../src-shared/search/engine/index-engine';

export function createLocalEngine(): IndexEngine {
  const core = new EngineCore();
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
