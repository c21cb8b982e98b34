/**
 * The text of an HTML file, its character set found as a browser finds it: the byte-order mark; else the
 * `<meta charset>` or http-equiv Content-Type in the first 4 KB (read as latin1); else detection. TextDecoder (with
 * Node's full ICU) knows the legacy sets: GBK/GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, the Windows code pages.
 *
 * Two departures from a browser, both for pages that were saved and moved around: a page whose bytes are valid UTF-8
 * (and not plain ASCII) is read as UTF-8 whatever it declares, since a page re-saved as UTF-8 often keeps its old
 * declaration while legacy text is practically never valid UTF-8 by chance; and a page whose bytes are not valid
 * in the set it declares (beyond a stray bad byte, shown as U+FFFD as a browser shows it) is detected, else refused.
 */
import { charsetName, decodeExact, decodeTolerant, detectCharset, type DecodedText } from './detect-charset';
import { decodeWithBom, refuseBinary } from './decode-text';
import { htmlTextBytes } from './html-text-bytes';
import { ImportProblem } from './import-problem';

const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

export type DecodedHtml = DecodedText;

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** The character set a page declares in its first bytes, or null when it declares none Offprint knows. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the HTML standard reads it as UTF-8).
  if (encoding.startsWith('utf-16')) return 'utf-8';
  return encoding === 'x-user-defined' ? 'windows-1252' : encoding;
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte < 0x80);
}

function decodeDeclared(bytes: Uint8Array, declared: string): DecodedText {
  const utf8 = declared === 'utf-8' ? null : decodeExact(bytes, 'utf-8');
  if (utf8 !== null && !isAscii(bytes)) return { text: utf8, charset: 'utf-8' };
  const asDeclared = decodeExact(bytes, declared) ?? decodeTolerant(bytes, declared);
  if (asDeclared !== null) return { text: asDeclared, charset: declared };
  const detected = detectCharset(bytes, htmlTextBytes(bytes));
  if (detected) return detected;
  const name = charsetName(declared);
  throw new ImportProblem('declaredCharsetWrong', { charset: name });
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes.length === 0) throw new ImportProblem('empty');
  const withBom = decodeWithBom(bytes);
  if (withBom) return withBom;
  refuseBinary(bytes);
  const declared = declaredCharset(bytes);
  if (declared) return decodeDeclared(bytes, declared);
  const utf8 = decodeExact(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, charset: 'utf-8' };
  const detected = detectCharset(bytes, htmlTextBytes(bytes));
  if (detected) return detected;
  throw new ImportProblem('pageCharsetUnknown');
}
