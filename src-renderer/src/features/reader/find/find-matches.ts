/**
 * Find in article, the pure part: the article's text as pieces (one per DOM text node), joined into one string
 * in which pieces of different blocks are kept apart, and the matches of a query in it. Case and diacritics are
 * folded as in the library's search (search/fold.ts), any run of white space matches any other, and Chinese or
 * Japanese text needs no spaces. Offsets are in the joined string; `pieceOffset` maps them back to a piece.
 */
import type { TFunction } from 'i18next';
import { foldLine, foldString } from '../../../../../src-shared/text/fold';

export interface TextPiece {
  text: string;
  /** True when this piece starts a new block (paragraph, heading…): no match may run across the boundary. */
  newBlock: boolean;
}

export interface Haystack {
  text: string;
  /** Where each piece starts in `text`. */
  starts: number[];
}

export interface MatchRange {
  start: number;
  end: number;
}

/** At most this many matches are found: enough for any status line, never a freeze on a one-letter query. */
export const MAX_MATCHES = 5000;

const BLOCK_BREAK = '\n\n';

export function joinPieces(pieces: readonly TextPiece[]): Haystack {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  pieces.forEach((piece, index) => {
    if (index > 0 && piece.newBlock) {
      parts.push(BLOCK_BREAK);
      length += BLOCK_BREAK.length;
    }
    starts.push(length);
    parts.push(piece.text);
    length += piece.text.length;
  });
  return { text: parts.join(''), starts };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query as a pattern over folded text, or null when there is nothing to find. */
function queryPattern(query: string): RegExp | null {
  const words = foldString(query).trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return null;
  // A single line break between words is white space; a block break (two) is not.
  return new RegExp(words.map(escapeRegExp).join('(?:[ \\t\\u00a0\\u3000]+|[ \\t]*\\n[ \\t]*)'), 'gu');
}

/** Every match of `query` in `text`, in order, not overlapping, as offsets in `text` (not in its folded form). */
export function findMatches(text: string, query: string, max = MAX_MATCHES): MatchRange[] {
  const pattern = queryPattern(query);
  if (!pattern) return [];
  const folded = foldLine(text);
  // The offset maps are shared buffers, valid until the next fold: read them before anything else folds.
  const startOf = (i: number): number => (folded.starts ? (folded.starts[i] ?? i) : i);
  const endOf = (i: number): number => (folded.ends ? (folded.ends[i] ?? i + 1) : i + 1);
  const matches: MatchRange[] = [];
  for (const m of folded.text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const start = startOf(m.index);
    const end = endOf(m.index + m[0].length - 1);
    const last = matches[matches.length - 1];
    // A folded character that came from a longer one (ß → ss) can make two matches land on one source character.
    if (last && start < last.end) continue;
    matches.push({ start, end });
    if (matches.length >= max) break;
  }
  return matches;
}

/** Which piece holds `offset`, and where in it. An offset at a piece's end belongs to that piece when `atEnd`. */
export function pieceOffset(starts: readonly number[], offset: number, atEnd = false): { piece: number; offset: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = starts[mid] ?? 0;
    if (s < offset || (!atEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { piece: lo, offset: offset - (starts[lo] ?? 0) };
}

/** The next current match after a step: wraps around both ways; -1 when there are none. */
export function stepIndex(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** "3 of 12", "3 of 5,000+", "No matches" (in the interface language), or "" before anything is typed. */
export function findStatus(current: number, count: number, query: string, t: TFunction<'reader'>): string {
  if (query.trim() === '') return '';
  if (count === 0) return t('noMatches');
  return t(count >= MAX_MATCHES ? 'matchOfAtLeast' : 'matchOf', { current: current + 1, count });
}
