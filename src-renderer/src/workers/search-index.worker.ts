/// <reference lib="webworker" />
/** The search index's own thread: receives `{ id, op, args }`, answers `{ id, ok, value | error }`. */
import { EngineCore } from '../../../src-shared/search/engine/engine-core';
import type { EngineOperation } from '../../../src-shared/search/engine/index-engine';
import { idbIndexBytes } from './search-index/idb-index-bytes';

const core = new EngineCore(idbIndexBytes);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; op: EngineOperation; args: unknown[] }>) => {
  const { id, op, args } = event.data;
  try {
    const run = core[op] as (...a: unknown[]) => unknown;
    const value = await run.apply(core, args);
    const transfer = value instanceof Uint8Array ? [value.buffer] : [];
    scope.postMessage({ id, ok: true, value }, transfer);
  } catch (error) {
    scope.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
};
