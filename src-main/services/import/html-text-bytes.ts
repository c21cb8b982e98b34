/**
 * The bytes of a page's text without its markup, for the character-set detector, so that only the words count (as
 * ICU's detector filters its input). Tags, comments, scripts and styles become a space. Cutting at `<` and `>`
 * never splits a character: those bytes are never part of a multi-byte character in GBK, Big5, Shift_JIS or the
 * EUC sets. One pass with `indexOf`, so a hostile page of unclosed tags costs no more than a plain one.
 */

const SCAN_BYTES = 512 * 1024;
/** What ends the construct a `<` opens, by how it begins. */
const CLOSERS: ReadonlyArray<[string, string]> = [
  ['!--', '-->'],
  ['script', '</script'],
  ['style', '</style'],
];

export function htmlTextBytes(bytes: Uint8Array): Uint8Array {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SCAN_BYTES)).toString('latin1');
  // Latin-1 keeps one character per byte, and lower-casing keeps every character in place.
  const lower = page.toLowerCase();
  const kept: string[] = [];
  let at = 0;
  while (at < page.length) {
    const open = lower.indexOf('<', at);
    if (open === -1) {
      kept.push(page.slice(at));
      break;
    }
    kept.push(page.slice(at, open), ' ');
    const closer = CLOSERS.find(([start]) => lower.startsWith(start, open + 1))?.[1] ?? '>';
    const close = lower.indexOf(closer, open + 1);
    const end = close === -1 ? -1 : lower.indexOf('>', close);
    if (end === -1) break;
    at = end + 1;
  }
  const text = kept.join('');
  return text.trim() === '' ? bytes : new Uint8Array(Buffer.from(text, 'latin1'));
}
