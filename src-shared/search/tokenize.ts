/**
 * The tokenizer shared by the index, the queries and the snippets. Text is taken line by line (Intl.Segmenter is
 * quadratic on long strings), folded (see fold.ts), and cut into:
 * - words (kind WORD) outside CJK, one position each;
 * - for every run of Han, kana or Hangul: each character (UNIGRAM) at its own position, and each pair of
 *   neighbouring characters (BIGRAM) at the position of its first character. A query of one CJK character looks
 *   up the unigram; a longer one looks up its bigrams at consecutive positions (see query-terms.ts).
 * - for words written as one of several parts (see compounds.ts): each part (WORD) at its own position, and the
 *   parts run together (JOINED) at the first part's position: "LWN.net" is lwn, net and lwnnet; "U.S." is u, s
 *   and us; "e-mail" is e, mail and email. The same rule reads queries, so "US" finds "U.S." and "lwn" finds
 *   "LWN.net" as a whole word.
 * Offsets (`start`, `end`) point into the original text.
 */
import { foldLine } from '../text/fold';
import { isCjk } from '../text/script';
import { forEachWord } from '../text/words';
import { CompoundReader } from './compounds';
import { BIGRAM, JOINED, UNIGRAM, type TokenKind } from './token-kinds';

export { BIGRAM, JOINED, UNIGRAM, WORD, isWordKind, type TokenKind } from './token-kinds';

/** Changes whenever a change here would give an existing index other terms: a stored index is then rebuilt. */
export const TOKENIZER_VERSION = 2;
/** Longer words are cut to this many code units (base64 blobs, long URLs). */
export const MAX_TERM_LENGTH = 64;

export type TokenSink = (term: string, position: number, kind: TokenKind, start: number, end: number) => void;

export interface Token {
  term: string;
  position: number;
  kind: TokenKind;
  start: number;
  end: number;
}

let runOffsets = new Int32Array(1024);
/** One reader for every line (tokenize is not re-entrant: a sink must not call it). */
const compounds = new CompoundReader();

/**
 * Sends every token of `text` to `sink`, positions counted from `firstPosition`; returns the next free position
 * (so the number of positions used is the field's length: words plus CJK characters).
 */
export function tokenize(text: string, sink: TokenSink, firstPosition = 0): number {
  let pos = firstPosition;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) pos = tokenizeLine(text.slice(lineStart, lineEnd), lineStart, sink, pos);
    lineStart = lineEnd + 1;
  }
  return pos;
}

function tokenizeLine(line: string, base: number, sink: TokenSink, firstPosition: number): number {
  const { text: f, starts, ends } = foldLine(line);
  const startOf = (k: number): number => base + (starts ? (starts[k] ?? k) : k);
  const endOf = (k: number): number => base + (ends ? (ends[k - 1] ?? k) : k);
  let pos = firstPosition;
  const emit = (term: string, kind: TokenKind, s: number, e: number): void => {
    const cut = term.length > MAX_TERM_LENGTH ? term.slice(0, MAX_TERM_LENGTH) : term;
    sink(cut, kind === JOINED ? pos : pos++, kind, startOf(s), endOf(e));
  };
  compounds.start(f, line, starts, emit);
  const word = (s: number, e: number, joined: boolean): void => compounds.word(s, e, joined);
  let regionStart = 0;
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (c < 0x1100) {
      i++;
      continue;
    }
    const cp = f.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    if (!isCjk(cp)) {
      i += width;
      continue;
    }
    if (i > regionStart) forEachWord(f, regionStart, i, word);
    compounds.flush();
    // Collect the run of CJK code points starting at i.
    let count = 0;
    let j = i;
    while (j < n) {
      const d = f.codePointAt(j) ?? 0;
      if (!isCjk(d)) break;
      if (count + 1 >= runOffsets.length) {
        const bigger = new Int32Array(runOffsets.length * 2);
        bigger.set(runOffsets);
        runOffsets = bigger;
      }
      runOffsets[count++] = j;
      j += d > 0xffff ? 2 : 1;
    }
    runOffsets[count] = j;
    for (let k = 0; k < count; k++) {
      const a = runOffsets[k] ?? 0;
      const b = runOffsets[k + 1] ?? 0;
      if (k + 1 < count) {
        const c2 = runOffsets[k + 2] ?? 0;
        sink(f.slice(a, c2), pos + k, BIGRAM, startOf(a), endOf(c2));
      }
      sink(f.slice(a, b), pos + k, UNIGRAM, startOf(a), endOf(b));
    }
    pos += count;
    i = j;
    regionStart = j;
  }
  if (n > regionStart) forEachWord(f, regionStart, n, word);
  compounds.flush();
  return pos;
}

/** All tokens of `text`, in order (for tests, snippets and queries; the index uses `tokenize` with a sink). */
export function tokenList(text: string): Token[] {
  const out: Token[] = [];
  tokenize(text, (term, position, kind, start, end) => out.push({ term, position, kind, start, end }));
  return out;
}
