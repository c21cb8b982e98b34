/**
 * Whether an approximate match begins and ends where words do, when the highlight did. Without this an
 * approximate match can borrow a few letters from a neighbouring word ("ilds but country" for "and but country")
 * and still be within its error bound. Scripts written without spaces (Chinese, Japanese) have no such edges.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch) && !NO_SPACES.test(ch);
}

/** True when `before` and `after` meet inside a word. */
function insideWord(before: string | undefined, after: string | undefined): boolean {
  return isWordChar(before) && isWordChar(after);
}

export function edgesAgree(
  text: string,
  start: number,
  end: number,
  quote: { exact: string; prefix: string; suffix: string },
): boolean {
  const startWasInside = insideWord(quote.prefix.at(-1), quote.exact[0]);
  const endWasInside = insideWord(quote.exact.at(-1), quote.suffix[0]);
  if (!startWasInside && insideWord(text[start - 1], text[start])) return false;
  if (!endWasInside && insideWord(text[end - 1], text[end])) return false;
  return true;
}

/**
 * Drops white space that an approximate match took in at either end when the quote has none there, so a
 * highlight never swells over the gap left by a deleted word. The caller recounts the errors of a trimmed match.
 */
export function trimWhiteSpace(text: string, start: number, end: number, exact: string): [number, number] {
  let s = start;
  let e = end;
  if (!/^\s/.test(exact)) while (s < e && /\s/.test(text[s] ?? '')) s++;
  if (!/\s$/.test(exact)) while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return [s, e];
}
