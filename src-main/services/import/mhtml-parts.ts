/**
 * The parts of an MHTML file (RFC 2557 over MIME, RFC 2045/2046), as Chromium's "Save as single file" and
 * `Page.captureSnapshot` write it: the top headers (Snapshot-Content-Location, Subject, Date), then each part with
 * its Content-Type (and charset), Content-Location, Content-ID and Content-Transfer-Encoding, its body decoded
 * (quoted-printable, base64, 7bit/8bit/binary as they are). A multipart file whose closing boundary is missing is
 * cut off and refused. The bytes are read as latin1, one character per byte, so that nothing is re-encoded.
 */
import { ImportProblem } from './import-problem';

export type MimeHeaders = Map<string, string>;

export interface MhtmlPart {
  headers: MimeHeaders;
  /** Lower-cased media type without parameters (`text/html`). */
  mediaType: string;
  charset: string | null;
  location: string | null;
  contentId: string | null;
  body: Uint8Array;
}

export interface MhtmlFile {
  headers: MimeHeaders;
  parts: MhtmlPart[];
}


function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function bytesOf(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** Headers (continuation lines unfolded) and where the body starts. */
function readHeaders(text: string, start: number): { headers: MimeHeaders; bodyStart: number } {
  const end = /\r?\n\r?\n/g;
  end.lastIndex = start;
  const found = end.exec(text);
  const headerEnd = found ? found.index : text.length;
  const headers: MimeHeaders = new Map();
  const lines = text.slice(start, headerEnd).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, bodyStart: found ? found.index + found[0].length : text.length };
}

/** A parameter of a structured header (`boundary="x"`, `charset=utf-8`). */
export function headerParameter(value: string | undefined, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function decodeQuotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, '');
  return bytesOf(joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

function decodeBody(text: string, encoding: string | undefined): Uint8Array {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'base64':
      return new Uint8Array(Buffer.from(text.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
    case 'quoted-printable':
      return decodeQuotedPrintable(text);
    default:
      return bytesOf(text);
  }
}

function toPart(headers: MimeHeaders, rawBody: string): MhtmlPart {
  const type = headers.get('content-type') ?? 'text/plain';
  return {
    headers,
    mediaType: (type.split(';')[0] ?? '').trim().toLowerCase(),
    charset: headerParameter(type, 'charset'),
    location: headers.get('content-location')?.trim() || null,
    contentId: headers.get('content-id')?.trim().replace(/^<|>$/g, '') || null,
    body: decodeBody(rawBody, headers.get('content-transfer-encoding')),
  };
}

export function parseMhtml(bytes: Uint8Array): MhtmlFile {
  const text = latin1(bytes);
  const top = readHeaders(text, 0);
  const type = top.headers.get('content-type');
  if (!type) throw new ImportProblem('notMhtml');
  const boundary = headerParameter(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary) {
    return { headers: top.headers, parts: [toPart(top.headers, text.slice(top.bodyStart))] };
  }
  const delimiter = `--${boundary}`;
  const closing = text.indexOf(`${delimiter}--`, top.bodyStart);
  if (closing < 0) throw new ImportProblem('mhtmlTruncated');
  const parts: MhtmlPart[] = [];
  const pieces = text.slice(top.bodyStart, closing).split(delimiter).slice(1);
  for (const piece of pieces) {
    const start = piece.replace(/^[ \t]*\r?\n/, '');
    const { headers, bodyStart } = readHeaders(start, 0);
    parts.push(toPart(headers, start.slice(bodyStart).replace(/\r?\n$/, '')));
  }
  return { headers: top.headers, parts };
}
