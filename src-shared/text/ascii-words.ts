/**
 * Word boundaries for ASCII text, by the rules of Unicode's word segmentation (UAX #29) that apply to ASCII, as
 * Intl.Segmenter applies them: letters, digits and `_` join; `.` `'` `:` join letters (e.g., don't, a:b); `.`
 * `'` `,` `;` join digits (3.14, 1,000). About fifty times faster than Intl.Segmenter here; a property test checks
 * that both give the same words.
 */

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const UNDERSCORE = 3;
const MID_LETTER = 4; // :
const MID_NUM_LET = 5; // . '
const MID_NUM = 6; // , ;

const classes = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) classes[c] = LETTER;
  else if (c >= 48 && c <= 57) classes[c] = DIGIT;
}
classes[95] = UNDERSCORE;
classes[58] = MID_LETTER;
classes[46] = MID_NUM_LET;
classes[39] = MID_NUM_LET;
classes[44] = MID_NUM;
classes[59] = MID_NUM;

const cls = (s: string, i: number): number => classes[s.charCodeAt(i)] ?? OTHER;

/**
 * Calls `emit(start, end, joined)` for each word of `s` between `from` and `to` (which must be ASCII); `joined`
 * when the word holds one of the joining marks (don't, 3.14, U.S).
 */
export function scanAsciiWords(
  s: string,
  from: number,
  to: number,
  emit: (start: number, end: number, joined: boolean) => void,
): void {
  let i = from;
  while (i < to) {
    const c = cls(s, i);
    if (c !== LETTER && c !== DIGIT && c !== UNDERSCORE) {
      i++;
      continue;
    }
    const start = i;
    let hasAlnum = c !== UNDERSCORE;
    let joined = false;
    i++;
    for (;;) {
      while (i < to) {
        const d = cls(s, i);
        if (d !== LETTER && d !== DIGIT && d !== UNDERSCORE) break;
        if (d !== UNDERSCORE) hasAlnum = true;
        i++;
      }
      if (i + 1 < to) {
        const mid = cls(s, i);
        const before = cls(s, i - 1);
        const after = cls(s, i + 1);
        const letters = before === LETTER && after === LETTER && (mid === MID_LETTER || mid === MID_NUM_LET);
        const digits = before === DIGIT && after === DIGIT && (mid === MID_NUM || mid === MID_NUM_LET);
        if (letters || digits) {
          i += 2;
          joined = true;
          continue;
        }
      }
      break;
    }
    if (hasAlnum) emit(start, i, joined);
  }
}
