/**
 * Character classes the tokenizer needs: which code points are CJK (indexed as characters and bigrams rather than
 * as words), and which attach to the character before them when folding (combining marks).
 */

/** Han, Hiragana, Katakana and Hangul: scripts written without spaces between words (Hangul: with, but short). */
export function isCjk(cp: number): boolean {
  if (cp < 0x1100) return false;
  if (cp <= 0x11ff) return true; // Hangul Jamo
  if (cp < 0x3005) return false;
  if (cp <= 0x3007) return true; // 々 〆 〇
  if (cp < 0x3041) return false;
  if (cp <= 0x30ff) return cp !== 0x30fb && cp !== 0x30a0; // Hiragana, Katakana (not the middle dot ・ or ゠)
  if (cp >= 0x3131 && cp <= 0x318e) return true; // Hangul compatibility Jamo
  if (cp >= 0x31f0 && cp <= 0x31ff) return true; // Katakana phonetic extensions
  if (cp >= 0x3400 && cp <= 0x4dbf) return true; // CJK extension A
  if (cp >= 0x4e00 && cp <= 0x9fff) return true; // CJK unified ideographs
  if (cp >= 0xa960 && cp <= 0xa97f) return true; // Hangul Jamo extended A
  if (cp >= 0xac00 && cp <= 0xd7ff) return true; // Hangul syllables, Jamo extended B
  if (cp >= 0xf900 && cp <= 0xfaff) return true; // CJK compatibility ideographs
  if (cp >= 0x1b000 && cp <= 0x1b16f) return true; // Kana supplement and extended
  return cp >= 0x20000 && cp <= 0x323af; // CJK extensions B to H
}

/**
 * Code points that fold to themselves and need no per-character work: the CJK blocks that NFKC and lower-casing
 * leave alone. Lets the folder copy long runs of Chinese, Japanese kana or Hangul in one slice.
 */
export function foldsToItself(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa)
  );
}

const attachTable = new Uint8Array(0x10000); // 0 unknown, 1 attaches, 2 does not
const MARK = /^\p{M}$/u;

/** Whether this UTF-16 code unit belongs to the character before it (a combining mark, a Jamo vowel or final). */
export function attachesToPrevious(c: number): boolean {
  if (c < 0x300) return false;
  let k = attachTable[c] ?? 2;
  if (k === 0) {
    const isMark =
      MARK.test(String.fromCharCode(c)) || (c >= 0x1160 && c <= 0x11ff) || c === 0xff9e || c === 0xff9f;
    k = isMark ? 1 : 2;
    attachTable[c] = k;
  }
  return k === 1;
}
