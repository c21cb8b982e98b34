/**
 * The built renderer's files, served by request URL: the app's own `offprint://app/…` scheme (protocol.handle in
 * app/renderer-protocol.ts) and the end-to-end harness's HTTP server use this one module, so only the transport
 * differs. A request resolves to a file under the renderer folder or to nothing: percent-decoding is done once,
 * per path segment; `.`/`..`, empty segments, drive letters, backslashes and NUL are refused; a symlink that leads
 * out of the folder is refused too. Plain Node: no electron import.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import nodePath from 'node:path';
import { lookup } from 'mrmime';

/** The renderer's origin in the app. Fixed: the library (IndexedDB) belongs to it, so it must never change. */
export const APP_SCHEME = 'offprint';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export type RendererFileResolution =
  | { ok: true; filePath: string; mimeType: string }
  | { ok: false; status: 400 | 404; reason: string };

export interface RendererResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
}

type PathApi = Pick<typeof nodePath, 'join' | 'relative' | 'isAbsolute' | 'resolve' | 'sep'>;

const refused = (status: 400 | 404, reason: string): RendererFileResolution => ({ ok: false, status, reason });

/** A decoded segment that would leave its folder or name something other than a plain file or folder name. */
function unsafeSegment(segment: string): boolean {
  return (
    segment === '' ||
    segment === '.' ||
    segment === '..' ||
    /[/\\:\0]/.test(segment) // a separator, a drive letter or stream (C:, file:stream), NUL
  );
}

/** The MIME type the renderer's files are served with (unknown kinds as bytes, never sniffed). */
export function rendererMimeType(filePath: string): string {
  const type = lookup(filePath) ?? 'application/octet-stream';
  return type.startsWith('text/') || type === 'application/javascript' || type === 'application/json' || type === 'image/svg+xml'
    ? `${type}; charset=utf-8`
    : type;
}

/**
 * Which file under `rendererDir` a request URL names (no file system access: see serveRendererRequest for the
 * symlink check). The origin is the transport's business; the path, query and fragment are read here.
 */
export function resolveRendererFile(url: string, rendererDir: string, path: PathApi = nodePath): RendererFileResolution {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return refused(400, 'not a URL');
  }
  // The URL parser has already removed `.`, `..`, `%2e%2e` and their kin in a special or standard URL; whatever
  // survives into a segment is refused below, after the one decoding.
  const encodedSegments = pathname.slice(1).split('/');
  // A folder (the root, or a trailing slash) means its index.html.
  if (encodedSegments[encodedSegments.length - 1] === '') encodedSegments[encodedSegments.length - 1] = 'index.html';
  const segments: string[] = [];
  for (const encoded of encodedSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return refused(400, 'a malformed percent escape');
    }
    if (unsafeSegment(segment)) return refused(404, `an unsafe path segment (${JSON.stringify(segment)})`);
    segments.push(segment);
  }
  const root = path.resolve(rendererDir);
  const filePath = path.join(root, ...segments);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return refused(404, 'outside the renderer');
  return { ok: true, filePath, mimeType: rendererMimeType(filePath) };
}

function isInside(root: string, candidate: string): boolean {
  const inside = nodePath.relative(root, candidate);
  return inside !== '' && !inside.startsWith('..') && !nodePath.isAbsolute(inside);
}

function notFound(): RendererResponse {
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
    body: new TextEncoder().encode('Not found'),
  };
}

/** The answer to a request for a renderer file: the bytes with their MIME type, or a 400/404 with no detail. */
export async function serveRendererRequest(url: string, rendererDir: string): Promise<RendererResponse> {
  const resolved = resolveRendererFile(url, rendererDir);
  if (!resolved.ok) return resolved.status === 400 ? { ...notFound(), status: 400 } : notFound();
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(resolved.filePath)]);
    if (!isInside(root, real) || !(await stat(real)).isFile()) return notFound();
    const body = new Uint8Array(await readFile(real));
    return {
      status: 200,
      headers: {
        'Content-Type': resolved.mimeType,
        'Content-Length': String(body.byteLength),
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      },
      body,
    };
  } catch {
    return notFound();
  }
}
