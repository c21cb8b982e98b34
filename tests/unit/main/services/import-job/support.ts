/** Helpers for import-job tests: a runner the test finishes by hand, units, and draining a job. */
import type { ImportChunk, ParsedArticle } from '../../../../../src-shared/contract';
import type { Expansion } from '../../../../../src-main/services/import-job/expand-source';
import { DEFAULT_JOB_OPTIONS, type ImportJob, type JobOptions } from '../../../../../src-main/services/import-job/import-job';
import { type ImportUnit, type UnitOutcome, unitPath } from '../../../../../src-main/services/import-job/import-unit';
import type { UnitRunner } from '../../../../../src-main/services/import-job/unit-runner';

export const TEST_JOB_OPTIONS: JobOptions = { ...DEFAULT_JOB_OPTIONS, gatherMs: 0 };

export function article(name: string, bodyChars = 100): ParsedArticle {
  const content = 'x'.repeat(bodyChars);
  return {
    meta: {
      title: name, author: null, source: null, url: null, publishedAt: null, submittedAt: null, language: 'en',
      tags: [], wordCount: 1, contentHash: `hash-${name}`, keywords: [], originalName: name,
    },
    body: { format: 'text', content },
    text: content,
    assets: [],
  };
}

export function units(count: number, prefix = 'a'): ImportUnit[] {
  return Array.from({ length: count }, (_, i) => ({ kind: 'bytes', name: `${prefix}${i}.md`, bytes: new Uint8Array(1) }));
}

export async function* expansionOf(...parts: Expansion[]): AsyncGenerator<Expansion> {
  for (const part of parts) yield part;
}

interface Call {
  unit: ImportUnit;
  tag: string;
  resolve: (outcome: UnitOutcome | null) => void;
}

/** A runner whose units finish when the test says so. Units named `*.fail` become failures. */
export class ManualRunner implements UnitRunner {
  readonly started: Call[] = [];
  readonly cancelled: string[] = [];
  private readonly open = new Set<Call>();

  constructor(private readonly bodyChars = 100) {}

  run(unit: ImportUnit, tag: string): Promise<UnitOutcome | null> {
    return new Promise((resolve) => {
      const call = { unit, tag, resolve };
      this.started.push(call);
      this.open.add(call);
    });
  }

  cancel(tag: string): void {
    this.cancelled.push(tag);
    for (const call of [...this.open]) if (call.tag === tag) this.settle(call, null);
  }

  close(): void {}

  get running(): number {
    return this.open.size;
  }

  /** Finishes the running units (all, or those chosen), in the order given. */
  finish(which: (name: string) => boolean = () => true, order: 'forward' | 'reverse' = 'forward'): void {
    const calls = [...this.open].filter((call) => which(name(call.unit)));
    if (order === 'reverse') calls.reverse();
    for (const call of calls) {
      const n = name(call.unit);
      this.settle(call, n.endsWith('.fail') ? { failure: { path: n, reason: 'Broken.' } } : { article: article(n, this.bodyChars) });
    }
  }

  private settle(call: Call, outcome: UnitOutcome | null): void {
    this.open.delete(call);
    call.resolve(outcome);
  }
}

function name(unit: ImportUnit): string {
  return unitPath(unit);
}

/** Lets pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** Pulls every chunk, finishing the runner's units as they start, until the job says it is done. */
export async function drain(job: ImportJob, runner?: ManualRunner): Promise<ImportChunk[]> {
  const chunks: ImportChunk[] = [];
  for (;;) {
    runner?.finish();
    const pending = job.next();
    await settle();
    runner?.finish();
    const chunk = await pending;
    chunks.push(chunk);
    if (chunk.progress.done) return chunks;
  }
}
