/** A worker where the platform has one (the app), else this thread (unit and component tests). */
import type { IndexEngine } from '../../../../../src-shared/search/engine/index-engine';
import type { OffprintDatabase } from '../../database';
import { createLocalEngine } from './local-engine';
import { createWorkerEngine } from './worker-engine';

export function createIndexEngine(db: OffprintDatabase): IndexEngine {
  if (typeof Worker !== 'function' || typeof window === 'undefined') return createLocalEngine(db);
  try {
    return createWorkerEngine(new Worker(new URL('../../../workers/search-index.worker.ts', import.meta.url), { type: 'module' }));
  } catch (error) {
    console.warn('Search runs in the window: the index worker could not start.', error);
    return createLocalEngine(db);
  }
}
