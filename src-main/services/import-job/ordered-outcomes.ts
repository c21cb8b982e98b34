/**
 * The outcomes of a job's units, handed over in the order the units were found, whatever order they finished
 * in, and a chunk at a time: at most so many articles and so many bytes, so that no message is too large.
 */
import type { ImportFailure, ParsedArticle } from '../../../src-shared/contract';
import type { UnitOutcome } from './import-unit';

export interface ChunkLimits {
  maxArticles: number;
  /** An article larger than this still travels, alone. */
  maxBytes: number;
  maxFailures: number;
}

/** Roughly how much memory (and message) an article takes. */
export function articleBytes(article: ParsedArticle): number {
  let bytes = 1024 + article.body.content.length + article.text.length;
  for (const asset of article.assets) bytes += asset.bytes.byteLength;
  return bytes;
}

export class OrderedOutcomes {
  private readonly settled = new Map<number, UnitOutcome>();
  /** The work (bytes) of each reserved unit not yet taken. */
  private readonly weights = new Map<number, number>();
  private reserved = 0;
  private taken = 0;
  /** The work of the units handed over so far, in bytes. */
  bytesTaken = 0;

  /** A place in the order for a unit about to run, and how much work it is (bytes). */
  reserve(bytes = 0): number {
    this.weights.set(this.reserved, bytes);
    return this.reserved++;
  }

  settle(seq: number, outcome: UnitOutcome): void {
    this.settled.set(seq, outcome);
  }

  /** Units reserved and not yet taken: running, or finished and waiting to be handed over. */
  get outstanding(): number {
    return this.reserved - this.taken;
  }

  get allSettled(): boolean {
    return this.settled.size === this.outstanding;
  }

  get allTaken(): boolean {
    return this.taken === this.reserved;
  }

  /** Whether the next outcome in order is there. */
  get hasNext(): boolean {
    return this.settled.has(this.taken);
  }

  /** How many articles are ready in a row from the next one on. */
  readyArticles(): number {
    let count = 0;
    for (let seq = this.taken; this.settled.has(seq); seq += 1) if ('article' in (this.settled.get(seq) as UnitOutcome)) count += 1;
    return count;
  }

  take(limits: ChunkLimits): { articles: ParsedArticle[]; failures: ImportFailure[] } {
    const articles: ParsedArticle[] = [];
    const failures: ImportFailure[] = [];
    let bytes = 0;
    for (let outcome = this.settled.get(this.taken); outcome; outcome = this.settled.get(this.taken)) {
      if ('article' in outcome) {
        const size = articleBytes(outcome.article);
        if (articles.length >= limits.maxArticles || (articles.length > 0 && bytes + size > limits.maxBytes)) break;
        articles.push(outcome.article);
        bytes += size;
      } else {
        if (failures.length >= limits.maxFailures) break;
        failures.push(outcome.failure);
      }
      this.settled.delete(this.taken);
      this.bytesTaken += this.weights.get(this.taken) ?? 0;
      this.weights.delete(this.taken);
      this.taken += 1;
    }
    return { articles, failures };
  }
}
