/**
 * Bytes of a text file (saved page, Markdown) as a string: a byte-order mark decides the encoding, else it must be
 * valid UTF-8. NUL characters mean a binary file. Legacy encodings are the HTML importer's business (html-charset).
 */
import { ImportProblem, REASONS } from './import-problem';

export function encodingFromBom(bytes: Uint8Array): { encoding: string; bomLength: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/** Decodes strictly; throws an ImportProblem with the reader's reason when the bytes are not text. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportProblem(bytes.includes(0) ? REASONS.binary : REASONS.notUtf8);
  }
  if (text.includes('\u0000')) throw new ImportProblem(REASONS.binary);
  return text;
}

export function decodeTextFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportProblem(REASONS.empty);
  const bom = encodingFromBom(bytes);
  const text = decodeStrict(bytes, bom?.encoding ?? 'utf-8');
  if (text.trim().length === 0) throw new ImportProblem(REASONS.noText);
  return text;
}
