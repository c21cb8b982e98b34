/**
 * The second pass of the ranking (issue 15), over the best candidates of the first (BM25F with its title and
 * author boosts and the prefix weights, see evaluate.ts). It reads the candidates' positions and orders them by
 * rank, in this order of importance:
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

/** Where one term's positions come from, for one clause. */
interface Source {
  cursor: PostingCursor | null;
  term: PreparedTerm;
}

/** A clause's position sources: every word of a union, the first positional word of a phrase (shifted by rel). */
function sourcesOf(seg: Segment, s: number, clause: PreparedClause): Source[] {
  const at = (term: PreparedTerm): Source => {
    const t = term.inSegment[s] ?? -1;
    return { cursor: t >= 0 ? new PostingCursor(seg, t) : null, term };
  };
  if (clause.mode === 'union') return clause.terms.map(at);
  if (clause.mode === 'phrase') {
    const lead = clause.terms.find((t) => t.positional) ?? clause.terms[0];
    return lead ? [at(lead)] : [];
  }
  return clause.alternatives.flatMap((a) => sourcesOf(seg, s, a));
}

/** The fields (a mask) in which the clause matches `doc`: any term of a union, every term of a phrase. */
function fieldsOf(seg: Segment, s: number, clause: PreparedClause, doc: number, cursors: Map<PreparedTerm, PostingCursor>): number {
  const maskOf = (term: PreparedTerm): number => {
    let c = cursors.get(term);
    if (!c) {
      const t = term.inSegment[s] ?? -1;
      if (t < 0) return 0;
      c = new PostingCursor(seg, t);
      cursors.set(term, c);
    }
    return c.advance(doc) && c.doc === doc ? c.mask & clause.allowed : 0;
  };
  if (clause.mode === 'union') return clause.terms.reduce((m, t) => m | maskOf(t), 0);
  if (clause.mode === 'phrase') return clause.terms.reduce((m, t) => m & maskOf(t), clause.allowed);
  return clause.alternatives.reduce((m, a) => m | fieldsOf(seg, s, a, doc, cursors), 0);
}

/** The clause's start positions in `doc`, over all fields, sorted. */
function positionsOf(sources: readonly Source[], doc: number, allowed: number): number[] {
  const out: number[] = [];
  for (const { cursor, term } of sources) {
    if (!cursor || !term.positional || !cursor.advance(doc) || cursor.doc !== doc) continue;
    cursor.loadPositions();
    for (let f = 0; f < FIELD_COUNT; f++) {
      if (!(allowed & (1 << f))) continue;
      const end = cursor.posFrom[f + 1] as number;
      for (let k = cursor.posFrom[f] as number; k < end; k++) out.push(f * FIELD_STRIDE + (cursor.posBuf[k] as number) - term.rel);
    }
  }
  return sources.length > 1 ? out.sort((a, b) => a - b) : out;
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
  const sources = clauses.map((c) => sourcesOf(seg, s, c));
  const spans = clauses.map((c) => c.span);
  const weight = clauses.map((c) => Math.max(0, ...c.terms.map((t) => t.idf * t.weight)));
  const maskCursors = new Map<PreparedTerm, PostingCursor>();
  const order = candidates.map((_, k) => k).sort((a, b) => (candidates[a]?.doc ?? 0) - (candidates[b]?.doc ?? 0));
  const keys = new Array<number>(candidates.length).fill(0);
  for (const k of order) {
    const cand = candidates[k] as Candidate;
    const masks = clauses.map((c) => fieldsOf(seg, s, c, cand.doc, maskCursors));
    const positions = clauses.map((c, i) => positionsOf(sources[i] ?? [], cand.doc, c.allowed));
    const present = masks.map((m) => m !== 0);
    let rank = 0;
    if (present.every(Boolean)) {
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
