/** The engine in a Web Worker, called by messages; every call resolves when the worker answers it. */
import type { EngineOperation, IndexEngine } from '../../../../../src-shared/search/engine/index-engine';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export function createWorkerEngine(worker: Worker): IndexEngine {
  const pending = new Map<number, Pending>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: string }>) => {
    const call = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.ok) call?.resolve(event.data.value);
    else call?.reject(new Error(event.data.error ?? 'The search index failed.'));
  };
  worker.onerror = (event) => {
    const error = new Error(`The search index stopped: ${event.message}`);
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  const call = <T>(op: EngineOperation, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    loadStored: (dbName, key, version) => call('loadStored', dbName, key, version),
    reset: () => call('reset'),
    check: (versions) => call('check', versions),
    apply: (removeIds, docs) => call('apply', removeIds, docs),
    search: (query, options) => call('search', query, options),
    related: (doc, options) => call('related', doc, options),
    serialize: () => call('serialize'),
    persist: (dbName, record) => call('persist', dbName, record),
    close: () => worker.terminate(),
  };
}
