/**
 * Bytes of a text file (saved page, Markdown) as a string: a byte-order mark decides the encoding; else the bytes
 * are UTF-8 when they are valid UTF-8 (legacy text practically never is by chance); else the character set is
 * detected (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR, the Windows code pages…). NUL bytes mean a binary file.
 * HTML has its own order (the page may declare its set): html-charset.ts.
 */
import { charsetName, decodeExact, decodeTolerant, detectCharset, type DecodedText } from './detect-charset';
import { ImportProblem } from './import-problem';

export function encodingFromBom(bytes: Uint8Array): { encoding: string; bomLength: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** The text of a file that starts with a byte-order mark (the mark itself removed), or null when there is none. */
export function decodeWithBom(bytes: Uint8Array): DecodedText | null {
  const bom = encodingFromBom(bytes);
  if (!bom) return null;
  const text = decodeExact(bytes, bom.encoding) ?? decodeTolerant(bytes, bom.encoding);
  if (text === null) {
    const name = charsetName(bom.encoding);
    throw new ImportProblem('badByteOrderMark', { charset: name });
  }
  if (text.includes('\u0000')) throw new ImportProblem('binary');
  return { text, charset: bom.encoding };
}

/** NUL bytes never occur in text outside UTF-16 (which has its byte-order mark): the file is binary. */
export function refuseBinary(bytes: Uint8Array): void {
  if (bytes.includes(0)) throw new ImportProblem('binary');
}

export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportProblem('empty');
  let decoded = decodeWithBom(bytes);
  if (!decoded) {
    refuseBinary(bytes);
    const utf8 = decodeExact(bytes, 'utf-8');
    decoded = utf8 !== null ? { text: utf8, charset: 'utf-8' } : detectCharset(bytes);
  }
  if (!decoded) throw new ImportProblem('unknownCharset');
  if (decoded.text.trim().length === 0) throw new ImportProblem('noText');
  return decoded.text;
}
