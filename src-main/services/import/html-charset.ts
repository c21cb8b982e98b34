/**
 * The text of an HTML file: its character set from the byte-order mark, else from `<meta charset>` or the
 * http-equiv Content-Type in the first bytes, else UTF-8. TextDecoder (with Node's full ICU) knows the legacy sets:
 * GBK/GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, the Windows code pages.
 */
import { decodeStrict, encodingFromBom } from './decode-text';
import { ImportProblem, REASONS } from './import-problem';

const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

export interface DecodedHtml {
  text: string;
  /** The encoding actually used, as TextDecoder names it (`gbk`, `utf-8`, …). */
  charset: string;
}

/** The character set a page declares in its first bytes, or null when it declares none Offprint knows. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
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

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  if (bytes.length === 0) throw new ImportProblem(REASONS.empty);
  const bom = encodingFromBom(bytes);
  if (bom) return { text: decodeStrict(bytes, bom.encoding), charset: bom.encoding };
  const declared = declaredCharset(bytes);
  if (declared) {
    // As a browser does: a declared character set is trusted, and a stray bad byte shows as U+FFFD.
    const text = new TextDecoder(declared).decode(bytes);
    if (text.includes('\u0000')) throw new ImportProblem(REASONS.binary);
    return { text, charset: declared };
  }
  try {
    return { text: decodeStrict(bytes, 'utf-8'), charset: 'utf-8' };
  } catch (error) {
    if (error instanceof ImportProblem && error.message === REASONS.notUtf8) {
      throw new ImportProblem(
        'The page is not UTF-8 and does not say which character set it uses (add <meta charset="…"> or save it as UTF-8).',
      );
    }
    throw error;
  }
}
