/**
 * THE word splitter, for every use: search's tokenizer (on folded text without CJK), word counts and keywords at
 * import (on whole texts, where Intl.Segmenter splits Chinese and Japanese by its dictionary). The ASCII scanner
 * where a slice is ASCII (the same words, fifty times faster), Intl.Segmenter elsewhere, fed slices of at most
 * 1,000 characters cut at a space or punctuation (it is quadratic in the length of its input in this V8).
 */
import { scanAsciiWords } from './ascii-words';

export const MAX_SEGMENT_INPUT = 1000;

let segmenter: Intl.Segmenter | null = null;
// eslint-disable-next-line no-control-regex -- all of ASCII, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const PUNCT = /[\p{P}\p{Z}\p{S}]/u;

/** Where to cut the text in [from, to) so that the first slice is at most MAX_SEGMENT_INPUT long. */
function cutPoint(s: string, from: number, to: number): number {
  const limit = from + MAX_SEGMENT_INPUT;
  if (to <= limit) return to;
  for (let k = limit; k > from + MAX_SEGMENT_INPUT / 2; k--) if (SPACE.test(s.charAt(k))) return k;
  for (let k = limit; k > from + MAX_SEGMENT_INPUT / 2; k--) if (PUNCT.test(s.charAt(k))) return k;
  const c = s.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit; // never split a surrogate pair
}

const JOINING = /[^\p{L}\p{N}\p{M}_]/u;

/**
 * Calls `emit(start, end, joined)` for each word of `s` in [from, to), in order; `joined` when the word holds
 * punctuation that Unicode's word rules let stand inside a word (don't, U.S, 3.14, l'homme).
 */
export function forEachWord(
  s: string,
  from: number,
  to: number,
  emit: (start: number, end: number, joined: boolean) => void,
): void {
  let at = from;
  while (at < to) {
    const end = cutPoint(s, at, to);
    const slice = s.slice(at, end);
    if (ASCII.test(slice)) {
      scanAsciiWords(s, at, end, emit);
    } else if (ALNUM.test(slice)) {
      segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
      for (const seg of segmenter.segment(slice)) {
        if (seg.isWordLike && ALNUM.test(seg.segment))
          emit(at + seg.index, at + seg.index + seg.segment.length, JOINING.test(seg.segment));
      }
    }
    at = end;
  }
}

/** Calls `visit` with each word of the text, in order. */
export function forEachWordOf(text: string, visit: (word: string) => void): void {
  forEachWord(text, 0, text.length, (start, end) => visit(text.slice(start, end)));
}
