/**
 * The character set of bytes that are not UTF-8 and say nothing about their encoding, guessed with chardet (a port of
 * ICU's detector: it ranks every candidate by how typical the bytes are of it, and knows the CJK multi-byte sets
 * from their frequent characters). Only the sets a saved article is likely to be in are accepted; each is tried in
 * order of confidence, and the first that reads the bytes without more than a stray bad byte wins.
 */
import { analyse } from 'chardet';
import { repairWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** The encoding used, as TextDecoder names it (`gb18030`, `shift_jis`, …). */
  charset: string;
}

/** Below this confidence (0–100), chardet is guessing: random bytes score under 5, a short French line 30. */
const MIN_CONFIDENCE = 10;
/** Detection reads this much of the file: enough for a sure answer, and fast on a 50 MB file. */
const SAMPLE_BYTES = 64 * 1024;

/** chardet's names of the sets worth guessing, as TextDecoder labels (ISO-8859-1 is read as windows-1252, as browsers do). */
const DECODERS: ReadonlyMap<string, string> = new Map([
  ['UTF-8', 'utf-8'],
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
  ['Shift_JIS', 'shift_jis'],
  ['EUC-JP', 'euc-jp'],
  ['EUC-KR', 'euc-kr'],
  ['ISO-8859-1', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['ISO-8859-2', 'iso-8859-2'],
  ['windows-1250', 'windows-1250'],
  ['ISO-8859-5', 'iso-8859-5'],
  ['windows-1251', 'windows-1251'],
  ['KOI8-R', 'koi8-r'],
  ['ISO-8859-7', 'iso-8859-7'],
  ['windows-1253', 'windows-1253'],
  ['ISO-8859-9', 'windows-1254'],
  ['windows-1254', 'windows-1254'],
]);

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  const text = new TextDecoder(encoding, { fatal }).decode(bytes);
  return encoding === 'windows-1252' ? repairWindows1252(text) : text;
}

/** The text when every byte is valid in this encoding, else null. */
export function decodeExact(bytes: Uint8Array, encoding: string): string | null {
  try {
    return decode(bytes, encoding, true);
  } catch {
    return null;
  }
}

/**
 * The text as a browser shows it (a bad byte as U+FFFD), when at most one sequence in a thousand characters (and
 * at least one) is bad: a stray byte in a long page is forgiven, text in another encoding is not.
 */
export function decodeTolerant(bytes: Uint8Array, encoding: string): string | null {
  const text = decode(bytes, encoding, false);
  let bad = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) bad += 1;
  return bad <= Math.max(1, Math.floor(text.length / 1000)) ? text : null;
}

/** The text in the most likely accepted character set, or null when none fits. `sample` is what chardet reads. */
export function detectCharset(bytes: Uint8Array, sample: Uint8Array = bytes): DecodedText | null {
  for (const match of analyse(sample.subarray(0, SAMPLE_BYTES))) {
    if (match.confidence < MIN_CONFIDENCE) break;
    const charset = DECODERS.get(match.name);
    const text = charset ? decodeTolerant(bytes, charset) : null;
    if (charset && text !== null) return { text, charset };
  }
  return null;
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5', shift_jis: 'Shift_JIS', 'euc-jp': 'EUC-JP', 'euc-kr': 'EUC-KR',
  'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'iso-2022-jp': 'ISO-2022-JP',
};

/** How the reader knows an encoding: `Shift_JIS`, `GBK`, `windows-1252`. */
export function charsetName(encoding: string): string {
  return DISPLAY_NAMES[encoding] ?? encoding;
}
