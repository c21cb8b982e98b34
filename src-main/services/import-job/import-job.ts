/**
 * One import job: units come from the source's expansion, run on the runner a bounded window ahead of the
 * renderer (backpressure: at most `window` units running or waiting to be taken, so a library of any size never
 * sits in memory), and are handed over in order, a chunk at a time, by `next`. Cancel stops everything at once.
 */
import { reason } from '../import/reason';
import type { ImportChunk, ImportFailure, ImportProgress } from '../../../src-shared/contract';
import { ChangeSignal } from './change-signal';
import type { Expansion } from './expand-source';
import { type ImportUnit, type UnitRunner, unitBytes, unitPath } from './import-unit';
import { type ChunkLimits, OrderedOutcomes } from './ordered-outcomes';

export interface JobOptions {
  /** How many units may run ahead of the renderer (running, or parsed and not yet taken). */
  window: number;
  chunk: ChunkLimits;
  /** When fewer than a chunk of articles are ready, `next` waits up to this long for more (fewer, fuller chunks). */
  gatherMs: number;
}

export const DEFAULT_JOB_OPTIONS: JobOptions = {
  window: 64,
  chunk: { maxArticles: 25, maxBytes: 8 * 1024 * 1024, maxFailures: 500 },
  gatherMs: 60,
};

export class ImportJob {
  private found = 0;
  private processed = 0;
  private bytesFound = 0;
  private expanding = true;
  private cancelled = false;
  private pending: ImportUnit[] = [];
  private pendingIndex = 0;
  private readonly loose: ImportFailure[] = [];
  private readonly outcomes = new OrderedOutcomes();
  private readonly signal = new ChangeSignal();
  private pulling: Promise<unknown> = Promise.resolve();
  private readonly stopping = new AbortController();

  constructor(
    readonly id: string,
    private readonly runner: UnitRunner,
    private readonly options: JobOptions = DEFAULT_JOB_OPTIONS,
  ) {}

  /** Aborted by Cancel: what lists the job's units (a web archive's first reading, say) stops with it. */
  get cancelSignal(): AbortSignal {
    return this.stopping.signal;
  }

  start(expansion: AsyncIterable<Expansion>): void {
    void this.expand(expansion);
  }

  progress(): ImportProgress {
    return {
      found: this.found,
      processed: this.processed,
      done: this.isDone(),
      bytesFound: this.bytesFound,
      bytesTaken: this.outcomes.bytesTaken,
      listed: !this.expanding,
    };
  }

  /** The next chunk; calls are answered one after the other. */
  next(): Promise<ImportChunk> {
    const chunk = this.pulling.then(() => this.pull());
    this.pulling = chunk.catch(() => undefined);
    return chunk;
  }

  /** Stops at once: queued units are dropped, running ones stopped, a waiting `next` answers with nothing. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.pending = [];
    this.pendingIndex = 0;
    this.runner.cancel(this.id);
    this.stopping.abort();
    this.signal.notify();
  }

  isDone(): boolean {
    return this.cancelled || (this.allSettled() && this.outcomes.allTaken && this.loose.length === 0);
  }

  private allSettled(): boolean {
    return !this.expanding && this.pendingIndex === this.pending.length && this.outcomes.allSettled;
  }

  private async pull(): Promise<ImportChunk> {
    const { signal, options, outcomes } = this;
    await signal.until(() => this.isDone() || this.loose.length > 0 || outcomes.hasNext);
    if (options.gatherMs > 0) {
      const full = () => this.isDone() || this.allSettled() || outcomes.readyArticles() >= options.chunk.maxArticles;
      await signal.until(full, options.gatherMs);
    }
    if (this.cancelled) return { articles: [], failures: [], progress: this.progress() };
    const loose = this.loose.splice(0, options.chunk.maxFailures);
    const taken = outcomes.take(options.chunk);
    this.dispatch();
    return { articles: taken.articles, failures: [...loose, ...taken.failures], progress: this.progress() };
  }

  private async expand(expansion: AsyncIterable<Expansion>): Promise<void> {
    try {
      for await (const part of expansion) {
        if (this.cancelled) return;
        this.found += part.units.length + part.failures.length;
        this.processed += part.failures.length;
        for (const failure of part.failures) this.loose.push(failure);
        for (const unit of part.units) {
          this.pending.push(unit);
          this.bytesFound += unitBytes(unit);
        }
        this.dispatch();
        this.signal.notify();
      }
    } catch (error) {
      const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
      this.loose.push({ path: 'the files to import', ...(detail ? reason('listFailedDetail', { detail }) : reason('listFailed')) });
      this.found += 1;
      this.processed += 1;
    } finally {
      this.expanding = false;
      this.signal.notify();
    }
  }

  /** Starts units while the window has room. */
  private dispatch(): void {
    const { outcomes, options } = this;
    while (!this.cancelled && this.pendingIndex < this.pending.length && outcomes.outstanding < options.window) {
      const unit = this.pending[this.pendingIndex] as ImportUnit;
      this.pendingIndex += 1;
      const seq = outcomes.reserve(unitBytes(unit));
      void this.runner.run(unit, this.id).then((outcome) => {
        if (!outcome || this.cancelled) return;
        // The report names where each article was found (two files of one import may be the same article).
        if ('article' in outcome) outcome.article.importedFrom = unitPath(unit);
        outcomes.settle(seq, outcome);
        this.processed += 1;
        this.signal.notify();
      });
    }
    if (this.pendingIndex > 1024 && this.pendingIndex * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingIndex);
      this.pendingIndex = 0;
    }
  }
}
