/**
 * Search normalisation: NFKC, case folding, and diacritics removed from Latin, Greek and Cyrillic letters (the
 * combining marks of the diacritical blocks only, so Japanese voiced marks, Indic vowel signs and Hangul stay
 * intact). `foldLine` also maps every folded code unit back to the original text, for snippets.
 */
import { attachesToPrevious, foldsToItself } from './script';

// The ranges start with combining marks on purpose: they are what is removed.
// eslint-disable-next-line no-misleading-character-class
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const EXTRA = /[ßς\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014]/g;
const EXTRA_MAP: Record<string, string> = {
  ß: 'ss',
  ς: 'σ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '-',
};

/** Folds a whole string (queries, tags, brute-force checks). */
export function foldString(s: string): string {
  const t = s.normalize('NFKC').toLowerCase().normalize('NFD').replace(DIACRITICS, '').normalize('NFC');
  return t.replace(EXTRA, (c) => EXTRA_MAP[c] ?? c);
}

const clusterCache = new Map<string, string>();
function foldCluster(c: string): string {
  let f = clusterCache.get(c);
  if (f === undefined) {
    f = foldString(c);
    if (clusterCache.size < 100_000) clusterCache.set(c, f);
  }
  return f;
}

export interface FoldedLine {
  text: string;
  /** For each code unit of `text`, where its source starts in the line; null when the two are the same. */
  starts: Int32Array | null;
  /** For each code unit of `text`, where its source ends in the line. */
  ends: Int32Array | null;
}

// eslint-disable-next-line no-control-regex -- all of ASCII, control characters included
const ASCII = /^[\x00-\x7f]*$/;
const isSimple = (c: number): boolean => c < 0x80 || foldsToItself(c);
let startBuf = new Int32Array(4096);
let endBuf = new Int32Array(4096);

function ensure(n: number): void {
  if (startBuf.length >= n) return;
  let size = startBuf.length;
  while (size < n) size *= 2;
  const s = new Int32Array(size);
  s.set(startBuf);
  const e = new Int32Array(size);
  e.set(endBuf);
  startBuf = s;
  endBuf = e;
}

/**
 * Folds one line character by character (a base character with its combining marks), so that offsets survive.
 * The maps are views on shared buffers: valid until the next call.
 */
export function foldLine(line: string): FoldedLine {
  if (ASCII.test(line)) return { text: line.toLowerCase(), starts: null, ends: null };
  const parts: string[] = [];
  let out = 0;
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (isSimple(line.charCodeAt(i)) && !(i + 1 < n && attachesToPrevious(line.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n && isSimple(line.charCodeAt(j)) && !(j + 1 < n && attachesToPrevious(line.charCodeAt(j + 1)))) j++;
      const piece = line.slice(i, j).toLowerCase();
      ensure(out + piece.length);
      for (let k = 0; k < piece.length; k++) {
        startBuf[out + k] = i + k;
        endBuf[out + k] = i + k + 1;
      }
      parts.push(piece);
      out += piece.length;
      i = j;
      continue;
    }
    const c = line.charCodeAt(i);
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n && attachesToPrevious(line.charCodeAt(j))) j++;
    const piece = foldCluster(line.slice(i, j));
    ensure(out + piece.length);
    for (let k = 0; k < piece.length; k++) {
      startBuf[out + k] = i;
      endBuf[out + k] = j;
    }
    parts.push(piece);
    out += piece.length;
    i = j;
  }
  return { text: parts.join(''), starts: startBuf, ends: endBuf };
}
