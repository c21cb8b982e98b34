/**
 * The imports of the app, one at a time: each entry point (the dialog, a drop, files opened with the app) queues
 * a request, and the runner works through them. A store per library database, like the export's (export-store.ts):
 * its state says what the status panel shows, read with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { dropRequest, grantRequest, type ImportRequest } from './import-request';
import { ImportRun, type ImportProgressView, type ImportRunResult } from './import-runner';
import { noImportCounts } from './import-summary';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgressView; cancelling: boolean }
  | { phase: 'done'; result: ImportRunResult }
  /** `stored`: articles imported before it stopped (they stay). */
  | { phase: 'error'; reason: string; stored: number };

const STARTING: ImportProgressView = { ...noImportCounts(), secondsLeft: null };

function endState(result: ImportRunResult): ImportState {
  if (!result.error) return { phase: 'done', result };
  return { phase: 'error', reason: result.error, stored: result.added + result.updated };
}

export class ImportQueue {
  private state: ImportState = { phase: 'idle' };
  private readonly listeners = new Set<() => void>();
  private readonly waiting: ImportRequest[] = [];
  private current: ImportRun | null = null;
  private draining = false;

  constructor(private readonly db: OffprintDatabase) {}

  readonly getState = (): ImportState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** File → Import… ('files') or Import Folder… ('folder'): the system dialog, then the import. */
  readonly importWithDialog = (mode: 'files' | 'folder'): void => {
    void (async () => {
      try {
        const grant = unwrap(await bridge().import.choose(mode));
        if (grant) this.enqueue(grantRequest(grant));
      } catch (error) {
        this.set({ phase: 'error', reason: errorMessage(error), stored: 0 });
      }
    })();
  };

  readonly importFiles = (files: File[]): void => {
    this.enqueue(dropRequest(files, (dropped) => bridge().files.grantDropped(dropped)));
  };

  /** Files the system opened with the app: main holds them until asked, so each is taken (and imported) once. */
  readonly importOpenedFiles = (): void => {
    void (async () => {
      try {
        const grant = unwrap(await bridge().import.takeOpened());
        if (grant) this.enqueue(grantRequest(grant));
      } catch (error) {
        this.set({ phase: 'error', reason: errorMessage(error), stored: 0 });
      }
    })();
  };

  /** Any request built elsewhere (a restore): queued and run like an import. */
  readonly run = (request: ImportRequest): void => this.enqueue(request);

  readonly cancel = (): void => {
    if (!this.current) return;
    this.current.cancel();
    if (this.state.phase === 'running') this.set({ ...this.state, cancelling: true });
  };

  readonly dismiss = (): void => this.set({ phase: 'idle' });

  /** The window goes away (the app unmounts): the running import is cancelled and queued ones are dropped. */
  stop(): void {
    this.waiting.length = 0;
    this.current?.cancel();
  }

  private enqueue(request: ImportRequest): void {
    this.waiting.push(request);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    for (let request = this.waiting.shift(); request; request = this.waiting.shift()) {
      const run = new ImportRun(request.into ?? this.db, request, (progress) => {
        if (this.current === run) this.set({ phase: 'running', progress, cancelling: run.cancelling });
      });
      this.current = run;
      this.set({ phase: 'running', progress: STARTING, cancelling: false });
      const ran = await run.run();
      const result = request.settle ? await request.settle(ran).catch((error: unknown) => ({ ...ran, error: errorMessage(error) })) : ran;
      this.current = null;
      this.set(endState(result));
    }
    this.draining = false;
  }

  private set(next: ImportState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

const queues = new WeakMap<OffprintDatabase, ImportQueue>();

/** The one import queue of this library database. */
export function importQueueFor(db: OffprintDatabase): ImportQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = new ImportQueue(db);
    queues.set(db, queue);
  }
  return queue;
}

export function useImportState(queue: ImportQueue): ImportState {
  return useSyncExternalStore(queue.subscribe, queue.getState);
}
