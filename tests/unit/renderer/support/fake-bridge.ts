/**
 * A fake `window.offprint` with the contract's exact type: each call is a vi.fn, events can be sent. Import jobs
 * are simulated: a job hands over the batch its source parses to, `chunkSize` articles at a time (failures with
 * the first chunk), and `beforeNext` lets a test hold a chunk back. Like main, it holds chosen, dropped and opened
 * paths as single-use grants: the renderer never sees a path, and `importedSources()` says what main would read.
 */
import { vi } from 'vitest';
import type {
  ImportBatch,
  ImportChunk,
  ImportSource,
  MainEventName,
  PathGrant,
  MainEvents,
  MenuCommand,
  OffprintApi,
  Result,
} from '../../../../src-shared/contract';

export interface FakeBridge {
  api: OffprintApi;
  /** Sends a menu command as main would. */
  menu(command: MenuCommand): void;
  /** Sends any event as main would. */
  emit<E extends MainEventName>(event: E, payload: MainEvents[E]): void;
  listenerCount(): number;
  /** The system opens these files with the app: main queues them and tells the window (`app:files-opened`). */
  openFiles(paths: string[]): void;
  /** Every source an import job started with, with grants resolved to the paths main holds for them. */
  importedSources(): FakeSource[];
}

/** A source as main resolves it: a grant becomes its paths. */
export type FakeSource = Exclude<ImportSource, { kind: 'grant' }> | { kind: 'paths'; paths: string[] };

export interface FakeBridgeOptions {
  /** What the first-run sample job hands over; an error here is what `import:start` answers. */
  sample?: Result<ImportBatch>;
  /** What the open dialog answers (null: cancelled). */
  chosen?: string[] | null;
  /** What a job over a paths or files source hands over (empty by default). */
  parse?: (source: FakeSource) => ImportBatch;
  /** Articles per chunk (25). */
  chunkSize?: number;
  /** Runs before each `next` answers (`index` counts the job's chunks from 0): a test may hold it back. */
  beforeNext?: (index: number) => Promise<void> | void;
  pathForFile?: (file: File) => string;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

const EMPTY: ImportBatch = { articles: [], failures: [] };
const notAvailable = { ok: false, error: { code: 'internal', message: 'Not available in this test.' } } as const;

interface FakeJob {
  batch: ImportBatch;
  handed: number;
  chunks: number;
  cancelled: boolean;
}

/** Main's grants, as src-main/services/grants/path-grants.ts holds them: by id, used once. */
class FakeGrants {
  private readonly held = new Map<string, string[]>();
  private counter = 0;

  grant(paths: string[], mode: PathGrant['mode']): PathGrant | null {
    if (paths.length === 0) return null;
    this.counter += 1;
    const grantId = `grant-${this.counter}`;
    this.held.set(grantId, paths);
    return { grantId, names: paths.map((p) => p.split('/').pop() ?? p), mode };
  }

  take(grantId: string): string[] | null {
    const paths = this.held.get(grantId) ?? null;
    this.held.delete(grantId);
    return paths;
  }
}

function fakeImport(options: FakeBridgeOptions, grants: FakeGrants, opened: string[], sources: FakeSource[]): OffprintApi['import'] {
  const jobs = new Map<string, FakeJob>();
  let counter = 0;
  const size = options.chunkSize ?? 25;
  return {
    choose: vi.fn(async (mode: PathGrant['mode']) => ok(options.chosen ? grants.grant(options.chosen, mode) : null)),
    takeOpened: vi.fn(async () => ok(grants.grant(opened.splice(0), 'files'))),
    start: vi.fn(async (given: ImportSource) => {
      let source: FakeSource;
      if (given.kind === 'grant') {
        const paths = grants.take(given.grantId);
        if (!paths) return { ok: false, error: { code: 'not-found', message: 'This choice of files is no longer valid.' } } as const;
        source = { kind: 'paths', paths };
      } else source = given;
      sources.push(source);
      let batch: ImportBatch;
      if (source.kind === 'sample') {
        const sample = options.sample ?? ok(EMPTY);
        if (!sample.ok) return sample;
        batch = sample.value;
      } else batch = options.parse?.(source) ?? EMPTY;
      counter += 1;
      const jobId = `job-${counter}`;
      jobs.set(jobId, { batch, handed: 0, chunks: 0, cancelled: false });
      return ok({ jobId, progress: { found: 0, processed: 0, done: false, bytesFound: 0, bytesTaken: 0, listed: false } });
    }),
    next: vi.fn(async (jobId: string): Promise<Result<ImportChunk>> => {
      const job = jobs.get(jobId);
      if (!job) return { ok: false, error: { code: 'not-found', message: 'This import is no longer running.' } };
      await options.beforeNext?.(job.chunks);
      const found = job.batch.articles.length + job.batch.failures.length;
      if (job.cancelled) return ok({ articles: [], failures: [], progress: { found, processed: 0, done: true, bytesFound: 0, bytesTaken: 0, listed: true } });
      const articles = job.batch.articles.slice(job.handed, job.handed + size);
      const failures = job.chunks === 0 ? job.batch.failures : [];
      job.handed += articles.length;
      job.chunks += 1;
      const done = job.handed >= job.batch.articles.length;
      if (done) jobs.delete(jobId);
      return ok({ articles, failures, progress: { found, processed: job.handed + job.batch.failures.length, done, bytesFound: found, bytesTaken: job.handed, listed: true } });
    }),
    cancel: vi.fn(async (jobId: string) => {
      const job = jobs.get(jobId);
      if (job) job.cancelled = true;
      return ok(null);
    }),
    // Download article text reaches the web: the fake bridge never does (the e2e tests download from 127.0.0.1).
    download: vi.fn(async () => ({ ok: false, error: { code: 'forbidden', message: 'The fake bridge downloads nothing.' } }) as const),
    downloadAllowed: vi.fn(async () => ok(true)),
    setDownloadAllowed: vi.fn(async () => ok(null)),
  };
}

export function installFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const grants = new FakeGrants();
  const opened: string[] = [];
  const sources: FakeSource[] = [];
  const pathForFile = options.pathForFile ?? (() => '');
  const api: OffprintApi = {
    import: fakeImport(options, grants, opened, sources),
    export: {
      begin: vi.fn(async () => ok(null)),
      add: vi.fn(async () => ok(null)),
      finish: vi.fn(async () => notAvailable),
      abort: vi.fn(async () => ok(null)),
    },
    backup: {
      begin: vi.fn(async () => notAvailable),
      add: vi.fn(async () => ok(null)),
      finish: vi.fn(async () => notAvailable),
      abort: vi.fn(async () => ok(null)),
      list: vi.fn(async () => ok([])),
      status: vi.fn(async () =>
        ok({ folder: { name: 'Backups', chosen: false }, lastBackup: null, lastBackupStamp: null, lastFailure: null, newVersion: false }),
      ),
      chooseFolder: vi.fn(async () => ok(null)),
      useDefaultFolder: vi.fn(async () => ok({ name: 'Backups', chosen: false })),
      showFolder: vi.fn(async () => ok(null)),
    },
    notes: { saveExport: vi.fn(async () => ok(null)) },
    shell: { openExternal: vi.fn(async () => ok(null)), openOriginalPdf: vi.fn(async () => ok(null)) },
    app: {
      getInfo: vi.fn(async () => ok({ name: 'Offprint', version: '0.0.0-test', platform: 'test' })),
      reportContextMenu: vi.fn(async () => ok(null)),
      popupRowMenu: vi.fn(async () => ok(null)),
      popupSidebarMenu: vi.fn(async () => ok(null)),
      quit: vi.fn(async () => ok(null)),
      setLanguage: vi.fn(async () => ok(null)),
    },
    files: {
      // As the preload: paths from the files themselves (webUtils), granted by main; the rest by position.
      grantDropped: vi.fn(async (files: readonly unknown[]) => {
        const paths: string[] = [];
        const withoutPath: number[] = [];
        files.forEach((file, index) => {
          const path = pathForFile(file as File);
          if (path) paths.push(path);
          else withoutPath.push(index);
        });
        return ok({ grant: grants.grant(paths, 'files'), withoutPath });
      }),
    },
    restore: {
      chooseFile: vi.fn(async () => ok(null)),
      preview: vi.fn(async () => notAvailable),
      start: vi.fn(async () => notAvailable),
      checkSpace: vi.fn(async () => ok({ enough: true as const })),
      beginSafetyBackup: vi.fn(async () => notAvailable),
      openLatestReadOnly: vi.fn(async () => notAvailable),
    },
    library: {
      guard: vi.fn(async () =>
        ok({
          record: null,
          current: { appVersion: '0.0.0-test', electronVersion: 'test', chromiumVersion: 'test' },
          olderChromium: false,
          latestBackup: null,
        }),
      ),
      opened: vi.fn(async () => ok(null)),
    },
    events: {
      on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void {
        const typed = listener as (payload: unknown) => void;
        const set = listeners.get(event) ?? new Set();
        set.add(typed);
        listeners.set(event, set);
        return () => set.delete(typed);
      },
    },
  };
  window.offprint = api;
  const emit = <E extends MainEventName>(event: E, payload: MainEvents[E]) => listeners.get(event)?.forEach((l) => l(payload));
  return {
    api,
    menu: (command) => emit('menu:command', command),
    emit,
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
    openFiles: (paths) => {
      opened.push(...paths);
      emit('app:files-opened', null);
    },
    importedSources: () => [...sources],
  };
}
