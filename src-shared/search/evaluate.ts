/**
 * Runs prepared clauses over one segment. Every clause must match (AND). Per document, a counter of the clauses
 * matched so far and a running score live in two dense arrays; a clause only counts for documents that matched
 * all the clauses before it, and evaluation stops as soon as no document is left.
 */
import { FIELD_COUNT } from './fields';
import { PostingCursor } from './posting-cursor';
import type { PreparedClause, PreparedTerm } from './prepare';
import { bm25f, type Scoring } from './scoring';
import { docCount, type Segment } from './segment';

type Emit = (doc: number, score: number) => void;

/** What every clause of one segment's evaluation reads. */
export interface SegmentRun {
  seg: Segment;
  /** The segment's place in the index (for PreparedTerm.inSegment). */
  s: number;
  scoring: Scoring;
  /** Scratch space for union clauses. */
  pool: BestScores;
}

/** The best score of each document touched, collected and then sent on once per document. */
export class BestScores {
  private readonly best: Float64Array;
  private readonly seen: Uint8Array;
  private touched: number[] = [];

  constructor(docs: number) {
    this.best = new Float64Array(docs);
    this.seen = new Uint8Array(docs);
  }

  keep(doc: number, score: number): void {
    if (!this.seen[doc]) {
      this.seen[doc] = 1;
      this.touched.push(doc);
      this.best[doc] = score;
    } else if (score > (this.best[doc] ?? 0)) this.best[doc] = score;
  }

  /** Sends every document kept with its best score, and forgets them. */
  drain(emit: Emit): void {
    for (const doc of this.touched) {
      emit(doc, this.best[doc] ?? 0);
      this.seen[doc] = 0;
    }
    this.touched = [];
  }
}

/**
 * A document counts once per union clause, with its best term: the word typed itself outranks a document that
 * only has several longer words the prefix stands for ("pro" before "protecting", "protesta", "professor").
 */
function runUnion({ seg, s, scoring, pool }: SegmentRun, clause: PreparedClause, emit: Emit): void {
  for (const term of clause.terms) {
    const t = term.inSegment[s] ?? -1;
    if (t < 0) continue;
    const c = new PostingCursor(seg, t);
    while (c.next()) {
      const mask = c.mask & clause.allowed;
      if (!mask) continue;
      pool.keep(c.doc, term.weight * bm25f(scoring, seg, c.doc, mask, c.tf, term.idf));
    }
  }
  pool.drain(emit);
}

/**
 * How often the phrase occurs in `field` of the cursors' common document: walks the positions of the first
 * positional term and moves a pointer through each other term's positions (they are sorted), so the cost is the
 * number of positions, with no allocation.
 */
function phraseCount(cursors: PostingCursor[], terms: PreparedTerm[], field: number, at: Int32Array): number {
  let lead = -1;
  for (let i = 0; i < terms.length; i++) {
    const c = cursors[i] as PostingCursor;
    if (!(terms[i] as PreparedTerm).positional) continue;
    c.loadPositions();
    at[i] = c.posFrom[field] as number;
    if (lead < 0) lead = i;
  }
  if (lead < 0) return 1; // only characters indexed without positions: presence is all we can check
  const leadCursor = cursors[lead] as PostingCursor;
  const leadRel = (terms[lead] as PreparedTerm).rel;
  const leadEnd = leadCursor.posFrom[field + 1] as number;
  let count = 0;
  for (let k = leadCursor.posFrom[field] as number; k < leadEnd; k++) {
    const start = (leadCursor.posBuf[k] as number) - leadRel;
    let all = true;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as PreparedTerm;
      if (i === lead || !term.positional) continue;
      const c = cursors[i] as PostingCursor;
      const want = start + term.rel;
      const end = c.posFrom[field + 1] as number;
      let j = at[i] as number;
      while (j < end && (c.posBuf[j] as number) < want) j++;
      at[i] = j;
      if (j >= end) return count; // this term has no later position: no further occurrence
      if (c.posBuf[j] !== want) {
        all = false;
        break;
      }
    }
    if (all) count++;
  }
  return count;
}

function runPhrase({ seg, s, scoring }: SegmentRun, clause: PreparedClause, emit: Emit): void {
  const cursors: PostingCursor[] = [];
  let phraseIdf = 0;
  for (const term of clause.terms) {
    const t = term.inSegment[s] ?? -1;
    if (t < 0) return;
    const c = new PostingCursor(seg, t);
    if (!c.next()) return;
    cursors.push(c);
    phraseIdf += term.idf;
  }
  const tf = new Uint32Array(FIELD_COUNT);
  const at = new Int32Array(cursors.length);
  for (;;) {
    let target = 0;
    for (const c of cursors) target = Math.max(target, c.doc);
    let aligned = true;
    for (const c of cursors) {
      if (!c.advance(target)) return;
      if (c.doc !== target) aligned = false;
    }
    if (!aligned) continue;
    let mask = clause.allowed;
    for (const c of cursors) mask &= c.mask;
    let found = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      tf[f] = mask & (1 << f) ? phraseCount(cursors, clause.terms, f, at) : 0;
      if (tf[f]) found |= 1 << f;
    }
    if (found) emit(target, bm25f(scoring, seg, target, found, tf, phraseIdf));
    if (!(cursors[0] as PostingCursor).next()) return;
  }
}

/** A document counts once for an `any` clause, with its best alternative. */
function runAny(run: SegmentRun, clause: PreparedClause, emit: Emit): void {
  const outer = new BestScores(docCount(run.seg));
  const keep: Emit = (doc, score) => outer.keep(doc, score);
  for (const alt of clause.alternatives) runClause(run, alt, keep);
  outer.drain(emit);
}

/** Runs one clause, calling `emit` once for each document it matches. */
export function runClause(run: SegmentRun, clause: PreparedClause, emit: Emit): void {
  if (clause.mode === 'union') runUnion(run, clause, emit);
  else if (clause.mode === 'phrase') runPhrase(run, clause, emit);
  else runAny(run, clause, emit);
}

/** Calls `onMatch(doc, score)` for every live document of the segment that matches all clauses. */
export function evaluateSegment(
  seg: Segment,
  s: number,
  clauses: readonly PreparedClause[],
  scoring: Scoring,
  onMatch: (doc: number, score: number) => void,
): void {
  const n = docCount(seg);
  const hits = new Uint8Array(n);
  const scores = new Float64Array(n);
  const run: SegmentRun = { seg, s, scoring, pool: new BestScores(n) };
  for (let j = 0; j < clauses.length; j++) {
    let any = false;
    const emit: Emit = (doc, score) => {
      const h = hits[doc];
      if (h === j) {
        hits[doc] = j + 1;
        scores[doc] = (scores[doc] ?? 0) + score;
        any = true;
      } else if (h === j + 1) {
        scores[doc] = (scores[doc] ?? 0) + score;
      }
    };
    const clause = clauses[j] as PreparedClause;
    runClause(run, clause, emit);
    if (!any) return;
  }
  const all = clauses.length;
  for (let doc = 0; doc < n; doc++) if (hits[doc] === all && !seg.deleted[doc]) onMatch(doc, scores[doc] ?? 0);
}

/**
 * Calls `onMatch(doc, score, matched)` for every live document of the segment that matches at least `least` of
 * the clauses (for a query no document matches entirely): every clause is run, its matches counted.
 */
export function evaluatePartial(
  seg: Segment,
  s: number,
  clauses: readonly PreparedClause[],
  scoring: Scoring,
  least: number,
  onMatch: (doc: number, score: number, matched: number) => void,
): void {
  const n = docCount(seg);
  const hits = new Uint8Array(n);
  const scores = new Float64Array(n);
  const run: SegmentRun = { seg, s, scoring, pool: new BestScores(n) };
  for (const clause of clauses) {
    runClause(run, clause, (doc, score) => {
      hits[doc] = (hits[doc] ?? 0) + 1;
      scores[doc] = (scores[doc] ?? 0) + score;
    });
  }
  for (let doc = 0; doc < n; doc++) {
    const h = hits[doc] ?? 0;
    if (h >= least && !seg.deleted[doc]) onMatch(doc, scores[doc] ?? 0, h);
  }
}
