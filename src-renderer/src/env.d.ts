import type { OffprintApi } from '../../src-shared/contract';

declare global {
  interface Window {
    /** The typed bridge the preload (or the end-to-end test harness) installs. Reach it through bridge/bridge.ts. */
    offprint: OffprintApi;
  }
}

export {};
