/**
 * The running import jobs, by id. A few may run at once; a job is forgotten once its last chunk is handed over,
 * when it is cancelled, or when nobody has asked for its next chunk for a while (the window was reloaded).
 * All jobs share one runner (one pool of worker threads), created when first needed.
 */
import { randomUUID } from 'node:crypto';
import type { ImportChunk, ImportJobStarted } from '../../../src-shared/contract';
import { DEFAULT_MAX_FILE_BYTES } from '../import/import-sources';
import { ReasonError } from '../import/reason';
import { expandSource } from './expand-source';
import { DEFAULT_JOB_OPTIONS, ImportJob, type JobOptions } from './import-job';
import type { UnitLimits, UnitRunner } from './import-unit';
import type { JobSource } from './job-source';

export class TooManyJobsError extends ReasonError {
  override readonly name = 'TooManyJobsError';

  constructor() {
    super('importTooManyJobs');
  }
}

export interface RegistryOptions {
  sampleLibraryDir: string;
  createRunner: (limits: UnitLimits) => UnitRunner;
  limits?: UnitLimits;
  maxJobs?: number;
  /** A job nobody pulls from for this long is cancelled and forgotten (10 minutes). */
  idleMs?: number;
  job?: JobOptions;
}

interface Entry {
  job: ImportJob;
  idle: NodeJS.Timeout | null;
}

export class ImportJobRegistry {
  private readonly jobs = new Map<string, Entry>();
  private runner: UnitRunner | null = null;
  private readonly limits: UnitLimits;

  constructor(private readonly options: RegistryOptions) {
    this.limits = options.limits ?? { maxFileBytes: DEFAULT_MAX_FILE_BYTES };
  }

  get size(): number {
    return this.jobs.size;
  }

  start(source: JobSource): ImportJobStarted {
    if (this.jobs.size >= (this.options.maxJobs ?? 3)) {
      throw new TooManyJobsError();
    }
    this.runner ??= this.options.createRunner(this.limits);
    const job = new ImportJob(randomUUID(), this.runner, this.options.job ?? DEFAULT_JOB_OPTIONS);
    const entry: Entry = { job, idle: null };
    this.jobs.set(job.id, entry);
    this.touch(entry);
    job.start(expandSource(source, { sampleLibraryDir: this.options.sampleLibraryDir, signal: job.cancelSignal }));
    return { jobId: job.id, progress: job.progress() };
  }

  /** The job's next chunk, or null when there is no such job (finished, cancelled, or never started). */
  async next(jobId: string): Promise<ImportChunk | null> {
    const entry = this.jobs.get(jobId);
    if (!entry) return null;
    this.pause(entry);
    try {
      const chunk = await entry.job.next();
      if (chunk.progress.done) this.forget(jobId);
      return chunk;
    } finally {
      if (this.jobs.get(jobId) === entry) this.touch(entry);
    }
  }

  /** Cancels the job; true when there was one. */
  cancel(jobId: string): boolean {
    const entry = this.jobs.get(jobId);
    if (!entry) return false;
    entry.job.cancel();
    this.forget(jobId);
    return true;
  }

  /** Cancels every job and stops the runner. */
  close(): void {
    for (const id of [...this.jobs.keys()]) this.cancel(id);
    this.runner?.close();
    this.runner = null;
  }

  private forget(jobId: string): void {
    const entry = this.jobs.get(jobId);
    if (!entry) return;
    this.pause(entry);
    this.jobs.delete(jobId);
  }

  private pause(entry: Entry): void {
    if (entry.idle) clearTimeout(entry.idle);
    entry.idle = null;
  }

  private touch(entry: Entry): void {
    this.pause(entry);
    entry.idle = setTimeout(() => this.cancel(entry.job.id), this.options.idleMs ?? 10 * 60_000);
    entry.idle.unref();
  }
}
