/**
 * The second pass of the ranking (issue 15), for queries of two or more words (one word is ordered by the first
 * pass alone: BM25F with its title and author boosts and the prefix weights, see evaluate.ts), over the best
 * candidates of the first. It reads the candidates' positions and orders them by rank, in this order of importance:
 *   1. more of the query's words (when no article has them all, see search-segments.ts);
 *   2. the query as a phrase in the title ("Vision Pro" in "Apple's Vision Pro headset");
 *   3. every word in the title or the author;
 *   4. the query as a phrase anywhere;
 * and within a rank by the first pass's score plus a proximity bonus: for each pair of neighbouring query words,
 * the rarer word's idf divided by how far apart the two stand at the closest (1 when adjacent and in order).
 */
import { FIELD_COUNT, fieldBit } from './fields';
import { PostingCursor } from './posting-cursor';
import type { PreparedClause, PreparedTerm } from './prepare';
import type { Segment } from './segment';

/** This many of the first pass's best (at least offset + limit) are reranked. */
export const RERANK_CANDIDATES = 200;
/** A rank outweighs any score: scores stay far below this. */
export const RANK_SCALE = 1e6;
export const PROXIMITY_WEIGHT = 1;
/**
 * A prefix's words read for the second pass: the word typed and the most frequent of the rest (a prefix of a
 * common word stands for hundreds; their positions would cost more than the first pass). An article matched by a
 * rarer one only is ranked by its score.
 */
export const RERANK_PREFIX_TERMS = 16;

const TITLE = fieldBit('title');
const TITLE_OR_AUTHOR = TITLE | fieldBit('author');
/** Positions of several fields in one sorted list: field * FIELD_STRIDE + position. */
const FIELD_STRIDE = 1 << 24;

export interface Candidate {
  doc: number;
  score: number;
  /** How many of the query's clauses it matches. */
  matched: number;
}

/** A clause's terms in one segment, each with its cursor (read once per candidate, in document order). */
interface ClauseReader {
  clause: PreparedClause;
  cursors: (PostingCursor | null)[];
  alternatives: ClauseReader[];
}

function readerOf(seg: Segment, s: number, clause: PreparedClause): ClauseReader {
  if (clause.mode === 'any') return { clause, cursors: [], alternatives: clause.alternatives.map((a) => readerOf(seg, s, a)) };
  const cursors = clause.terms.map((term, k) => {
    const t = term.inSegment[s] ?? -1;
    const read = clause.mode === 'phrase' || k < RERANK_PREFIX_TERMS || term.weight === 1;
    return t >= 0 && read ? new PostingCursor(seg, t) : null;
  });
  return { clause, cursors, alternatives: [] };
}

/** The cursor on `doc`, or null when the term is not in it. */
function at(c: PostingCursor | null, doc: number): PostingCursor | null {
  return c && c.advance(doc) && c.doc === doc ? c : null;
}

function pushPositions(c: PostingCursor, term: PreparedTerm, allowed: number, out: number[]): void {
  if (!term.positional) return;
  c.loadPositions();
  for (let f = 0; f < FIELD_COUNT; f++) {
    if (!(allowed & (1 << f))) continue;
    const end = c.posFrom[f + 1] as number;
    for (let k = c.posFrom[f] as number; k < end; k++) out.push(f * FIELD_STRIDE + (c.posBuf[k] as number) - term.rel);
  }
}

/**
 * Where the clause matches `doc`: its fields (any word of a union, every word of a phrase) and its start
 * positions, field * FIELD_STRIDE + position (every word of a union, the first positional word of a phrase).
 */
function readClause(r: ClauseReader, doc: number, positions: number[]): number {
  const { clause } = r;
  if (clause.mode === 'any') return r.alternatives.reduce((m, a) => m | readClause(a, doc, positions), 0);
  if (clause.mode === 'union') {
    let mask = 0;
    clause.terms.forEach((term, i) => {
      const c = at(r.cursors[i] ?? null, doc);
      if (!c) return;
      mask |= c.mask & clause.allowed;
      pushPositions(c, term, clause.allowed, positions);
    });
    return mask;
  }
  let mask = clause.allowed;
  let led = false;
  clause.terms.forEach((term, i) => {
    const c = at(r.cursors[i] ?? null, doc);
    mask &= c ? c.mask : 0;
    if (c && !led && term.positional) {
      pushPositions(c, term, clause.allowed, positions);
      led = true;
    }
  });
  return mask;
}

/**
 * How far apart b stands from a at the closest: 1 when b follows right after a (whose match takes `spanA`
 * positions), more when further or in the other order.
 */
export function closestGap(a: readonly number[], spanA: number, b: readonly number[]): number {
  let best = Infinity;
  let i = 0;
  for (const q of b) {
    while (i < a.length && (a[i] as number) + spanA <= q) i++;
    if (i > 0) best = Math.min(best, q - ((a[i - 1] as number) + spanA) + 1);
    if (i < a.length) best = Math.min(best, Math.max(1, (a[i] as number) - q) + 1);
    if (best === 1) break;
  }
  return best;
}

/** Whether the clauses follow each other at some place of the first list's field, from a start in `field`. */
function phraseAt(positions: readonly number[][], spans: readonly number[], field: number | null): boolean {
  const [first, ...rest] = positions;
  if (!first || rest.length === 0) return false;
  const sets = rest.map((p) => new Set(p));
  return first.some((start) => {
    if (field !== null && Math.floor(start / FIELD_STRIDE) !== field) return false;
    let at = start + (spans[0] ?? 1);
    for (let k = 0; k < sets.length; k++) {
      if (!sets[k]?.has(at)) return false;
      at += spans[k + 1] ?? 1;
    }
    return true;
  });
}

/** The rank of each candidate of one segment (RANK_SCALE × rank + score + proximity), in the candidates' order. */
export function rerankSegment(
  seg: Segment,
  s: number,
  prepared: readonly PreparedClause[],
  candidates: readonly Candidate[],
): number[] {
  const clauses = [...prepared].sort((a, b) => a.order - b.order);
  const readers = clauses.map((c) => readerOf(seg, s, c));
  const spans = clauses.map((c) => c.span);
  const weight = clauses.map((c) => c.terms.reduce((m, t) => Math.max(m, t.idf * t.weight), 0));
  const order = candidates.map((_, k) => k).sort((a, b) => (candidates[a]?.doc ?? 0) - (candidates[b]?.doc ?? 0));
  const keys = new Array<number>(candidates.length).fill(0);
  for (const k of order) {
    const cand = candidates[k] as Candidate;
    const positions = clauses.map((): number[] => []);
    const masks = readers.map((r, i) => readClause(r, cand.doc, positions[i] as number[]));
    positions.forEach((p, i) => {
      if ((readers[i]?.clause.terms.length ?? 0) > 1) p.sort((x, y) => x - y);
    });
    let rank = 0;
    if (masks.every((m) => m !== 0)) {
      if (phraseAt(positions, spans, 0)) rank = 3;
      else if (masks.every((m) => m & TITLE_OR_AUTHOR)) rank = 2;
      else if (phraseAt(positions, spans, null)) rank = 1;
    }
    let proximity = 0;
    for (let i = 0; i + 1 < clauses.length; i++) {
      const a = positions[i] ?? [];
      const b = positions[i + 1] ?? [];
      if (a.length === 0 || b.length === 0) continue;
      proximity += Math.min(weight[i] ?? 0, weight[i + 1] ?? 0) / closestGap(a, spans[i] ?? 1, b);
    }
    keys[k] = (cand.matched * 4 + rank) * RANK_SCALE + cand.score + PROXIMITY_WEIGHT * proximity;
  }
  return keys;
}
