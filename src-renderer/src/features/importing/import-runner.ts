/**
 * THE import runner, used by every entry point: for each source it starts a job in main, pulls its chunks one by
 * one, and stores each chunk in one transaction (storeImportBatch) before asking for the next, giving the browser
 * a turn in between. Cancel stops after the chunk being stored: what is stored is whole articles, nothing else.
 * At the end, whatever happened, the report is kept.
 */
import type { ImportFailure, ImportJobStarted, ImportProgress, Result } from '../../../../src-shared/contract';
import { estimateSecondsLeft, recordSample, type ThroughputSample } from '../../../../src-shared/import/time-left';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { storeImportBatch, type StoredThisImport } from '../../data/import-repo';
import { saveImportReport } from '../../data/reports-repo';
import { sanitizeArticleHtml } from '../../data/sanitize-html';
import type { ImportRequest } from './import-request';
import { noImportCounts, type ImportCounts, type ImportRunResult } from './import-summary';

export interface ImportProgressView extends ImportCounts {
  /** The time left, from the bytes done and to do and the recent pace, or null when there is no honest estimate. */
  secondsLeft: number | null;
}

/** A clock in ms that only goes forward (tests give a fake one). */
export type Clock = () => number;

export type { ImportRunResult } from './import-summary';

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class ImportRun {
  private cancelRequested = false;
  private jobId: string | null = null;
  private readonly counts: ImportCounts = noImportCounts();
  /** The articles this run stored, and where each was found: a second file of the same article is a duplicate. */
  private readonly stored: StoredThisImport = new Map();
  private readonly startedMs: number;
  private samples: ThroughputSample[];
  /** The work (bytes) of the jobs already finished, and of the one running. */
  private bytesBefore = { found: 0, taken: 0 };
  private work = { total: 0, listed: false };

  constructor(
    private readonly db: OffprintDatabase,
    private readonly request: ImportRequest,
    private readonly onProgress: (view: ImportProgressView) => void = () => undefined,
    private readonly clock: Clock = () => performance.now(),
  ) {
    this.startedMs = clock();
    this.samples = [{ atMs: this.startedMs, bytesDone: 0 }];
  }

  get cancelling(): boolean {
    return this.cancelRequested;
  }

  /** Stops after the chunk being stored; parsing in main stops at once. */
  cancel(): void {
    if (this.cancelRequested) return;
    this.cancelRequested = true;
    if (this.jobId) void bridge().import.cancel(this.jobId).catch(() => undefined);
  }

  async run(): Promise<ImportRunResult> {
    const startedAt = new Date().toISOString();
    let error: string | null = null;
    try {
      for await (const step of this.request.steps) {
        if (this.cancelRequested) break;
        if ('failures' in step) this.addFailures(step.failures);
        else if ('restore' in step) await this.runJob(() => bridge().restore.start(step.restore));
        else if ('start' in step) await this.runJob(step.start);
        else await this.runJob(() => bridge().import.start(step.source));
      }
    } catch (thrown) {
      error = errorMessage(thrown);
    }
    const cancelled = this.cancelRequested && error === null;
    const reportId = await this.keepReport(startedAt, cancelled, error);
    const { failures, duplicates, updates } = this.counts;
    const folders = this.request.folders ? { folders: [...this.request.folders] } : {};
    return { ...this.counts, failures: [...failures], duplicates: [...duplicates], updates: [...updates], cancelled, error, reportId, ...folders };
  }

  private async runJob(start: () => Promise<Result<ImportJobStarted>>): Promise<void> {
    const api = bridge().import;
    const foundBefore = this.counts.found;
    const started = unwrap(await start());
    this.jobId = started.jobId;
    let finished = false;
    try {
      while (!this.cancelRequested) {
        const chunk = unwrap(await api.next(started.jobId));
        if (this.cancelRequested) return; // arrived after the cancel: not stored
        const stored = await storeImportBatch(this.db, chunk, sanitizeArticleHtml, new Date(), this.request.existingArticles, this.stored);
        this.counts.found = Math.max(this.counts.found, foundBefore + chunk.progress.found);
        this.counts.added += stored.added;
        this.counts.updated += stored.updated;
        this.counts.remoteImages += stored.remoteImages;
        this.counts.duplicates.push(...stored.duplicates);
        this.counts.updates.push(...stored.updates);
        this.addFailures(stored.failures, false);
        this.measure(chunk.progress);
        this.report();
        if (chunk.progress.done) {
          this.bytesBefore = { found: this.bytesBefore.found + chunk.progress.bytesFound, taken: this.bytesBefore.taken + chunk.progress.bytesTaken };
          finished = true;
          return;
        }
        await nextTurn();
      }
    } finally {
      this.jobId = null;
      // Cancelled, or stopped on an error: main stops parsing (cancelling twice is harmless).
      if (!finished) void api.cancel(started.jobId).catch(() => undefined);
    }
  }

  private addFailures(failures: ImportFailure[], found = true): void {
    if (failures.length === 0) return;
    if (found) this.counts.found += failures.length;
    this.counts.failed += failures.length;
    for (const failure of failures) this.counts.failures.push(failure);
    if (found) this.report();
  }

  /** The work done (bytes handed over and stored) at this moment, of all there is to do. */
  private measure(progress: ImportProgress): void {
    const bytesDone = this.bytesBefore.taken + progress.bytesTaken;
    this.samples = recordSample(this.samples, { atMs: this.clock(), bytesDone });
    this.work = { total: this.bytesBefore.found + progress.bytesFound, listed: progress.listed };
  }

  private report(): void {
    const secondsLeft = estimateSecondsLeft({ samples: this.samples, bytesTotal: this.work.total, listed: this.work.listed, startedMs: this.startedMs });
    this.onProgress({ ...this.counts, secondsLeft });
  }

  private async keepReport(startedAt: string, cancelled: boolean, error: string | null): Promise<string | null> {
    const { found, added, updated, failed, failures, duplicates, updates, remoteImages } = this.counts;
    try {
      return await saveImportReport(this.db, {
        startedAt,
        finishedAt: new Date().toISOString(),
        sources: this.request.label,
        found,
        added,
        updated,
        failed,
        cancelled,
        error,
        failures,
        duplicates,
        updates,
        remoteImages,
        ...(this.request.folders ? { folders: [...this.request.folders] } : {}),
      });
    } catch (saveError) {
      console.error('[offprint] The import report could not be saved:', saveError);
      return null;
    }
  }
}
