/**
 * The runner of Download article text jobs, in front of the import runner: a unit that is an address is fetched
 * here, in main (fetch-page.ts), a few at a time across every job (DOWNLOADS_AT_ONCE), and the page it gave is
 * handed to the import runner to parse like any imported page (in a worker thread). Every other unit goes straight
 * to the import runner. Cancelling a job aborts its downloads at once and drops the ones waiting.
 */
import type { ImportUnit, UnitOutcome, UnitRunner } from '../import-job/import-unit';
import { DOWNLOAD_LIMITS, DOWNLOADS_AT_ONCE, type DownloadLimits } from './download-limits';
import type { DownloadLinkUnit } from './download-unit';
import { fetchPage } from './fetch-page';

interface Waiting {
  unit: DownloadLinkUnit;
  tag: string;
  resolve: (outcome: UnitOutcome | null | Promise<UnitOutcome | null>) => void;
}

export interface DownloadingOptions {
  limits?: DownloadLimits;
  atOnce?: number;
}

export class DownloadingRunner implements UnitRunner {
  private readonly waiting: Waiting[] = [];
  /** The downloads running, by job: aborting a job's controller stops them. */
  private readonly running = new Map<string, { controller: AbortController; count: number }>();
  private runningCount = 0;
  private readonly limits: DownloadLimits;
  private readonly atOnce: number;

  constructor(
    private readonly inner: UnitRunner,
    options: DownloadingOptions = {},
  ) {
    this.limits = options.limits ?? DOWNLOAD_LIMITS;
    this.atOnce = options.atOnce ?? DOWNLOADS_AT_ONCE;
  }

  /** How many downloads are running now (tests check the bound). */
  get downloading(): number {
    return this.runningCount;
  }

  run(unit: ImportUnit, tag: string): Promise<UnitOutcome | null> {
    if (unit.kind !== 'download-link') return this.inner.run(unit, tag);
    return new Promise((resolve) => {
      this.waiting.push({ unit, tag, resolve });
      this.pump();
    });
  }

  cancel(tag: string): void {
    this.drop((task) => task.tag === tag);
    this.running.get(tag)?.controller.abort();
    this.running.delete(tag);
    this.inner.cancel(tag);
  }

  close(): void {
    this.drop(() => true);
    for (const { controller } of this.running.values()) controller.abort();
    this.running.clear();
    this.inner.close();
  }

  private drop(which: (task: Waiting) => boolean): void {
    const kept = this.waiting.filter((task) => !which(task));
    for (const task of this.waiting) if (which(task)) task.resolve(null);
    this.waiting.splice(0, this.waiting.length, ...kept);
  }

  private pump(): void {
    while (this.runningCount < this.atOnce) {
      const task = this.waiting.shift();
      if (!task) return;
      this.runningCount += 1;
      void this.download(task).finally(() => {
        this.runningCount -= 1;
        this.pump();
      });
    }
  }

  private jobSignal(tag: string): { signal: AbortSignal; release: () => void } {
    let entry = this.running.get(tag);
    if (!entry) {
      entry = { controller: new AbortController(), count: 0 };
      this.running.set(tag, entry);
    }
    const held = entry;
    held.count += 1;
    return {
      signal: held.controller.signal,
      release: () => {
        held.count -= 1;
        if (held.count === 0 && this.running.get(tag) === held) this.running.delete(tag);
      },
    };
  }

  private async download({ unit, tag, resolve }: Waiting): Promise<void> {
    const { signal, release } = this.jobSignal(tag);
    try {
      const fetched = await fetchPage(unit.url, this.limits, signal);
      if (signal.aborted) return resolve(null);
      if (!fetched.ok) {
        const { ok: _ok, ...why } = fetched;
        return resolve({ failure: { path: unit.url, ...why } });
      }
      const { page } = fetched;
      // Parsed by the import runner: the download's place is free for the next one meanwhile.
      resolve(
        this.inner.run(
          { kind: 'downloaded-page', articleId: unit.articleId, url: unit.url, finalUrl: page.url, pageKind: page.kind, bytes: page.bytes },
          tag,
        ),
      );
    } finally {
      release();
    }
  }
}
