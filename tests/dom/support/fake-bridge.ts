/** A fake `window.offprint` with the contract's exact type: each call is a vi.fn, menu events can be sent. */
import { vi } from 'vitest';
import type { ImportBatch, MainEventName, MainEvents, MenuCommand, OffprintApi, Result } from '../../../src-main/contract';

export interface FakeBridge {
  api: OffprintApi;
  /** Sends a menu command as main would. */
  menu(command: MenuCommand): void;
  listenerCount(): number;
}

export interface FakeBridgeOptions {
  sample?: Result<ImportBatch>;
  chosen?: ImportBatch | null;
  /** What parsePaths returns (and parseFiles, unless parsedFiles is given). */
  parsed?: ImportBatch;
  parsedFiles?: ImportBatch;
  pathForFile?: (file: File) => string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

const EMPTY: ImportBatch = { articles: [], failures: [] };
const notAvailable = { ok: false, error: { code: 'internal', message: 'Not available in this test.' } } as const;

export function installFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  const listeners = new Set<(command: MenuCommand) => void>();
  const api: OffprintApi = {
    import: {
      choosePaths: vi.fn(async () => ok(null)),
      start: vi.fn(async () => notAvailable),
      next: vi.fn(async () => notAvailable),
      cancel: vi.fn(async () => ok(null)),
      chooseAndParse: vi.fn(async () => ok(options.chosen === undefined ? EMPTY : options.chosen)),
      parsePaths: vi.fn(async () => ok(options.parsed ?? EMPTY)),
      parseFiles: vi.fn(async () => ok(options.parsedFiles ?? options.parsed ?? EMPTY)),
      parseSampleLibrary: vi.fn(async () => options.sample ?? ok(EMPTY)),
    },
    export: {
      begin: vi.fn(async () => ok(null)),
      add: vi.fn(async () => ok(null)),
      finish: vi.fn(async () => notAvailable),
      abort: vi.fn(async () => ok(null)),
    },
    shell: { openExternal: vi.fn(async () => ok(null)) },
    app: {
      getInfo: vi.fn(async () => ok({ name: 'Offprint', version: '0.0.0-test', platform: 'test', dataPath: '/tmp/offprint' })),
    },
    files: { pathForFile: vi.fn(options.pathForFile ?? (() => '')) },
    events: {
      on<E extends MainEventName>(_event: E, listener: (payload: MainEvents[E]) => void): () => void {
        const typed = listener as (command: MenuCommand) => void;
        listeners.add(typed);
        return () => listeners.delete(typed);
      },
    },
  };
  window.offprint = api;
  return {
    api,
    menu: (command) => listeners.forEach((listener) => listener(command)),
    listenerCount: () => listeners.size,
  };
}
