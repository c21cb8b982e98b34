/** `data:` image URLs, decoded into bytes (never fetched: the data is in the URL itself). */
import { sniffImageType } from './media-type';

const MAX_DATA_URL_LENGTH = 30 * 1024 * 1024;

export interface DataImage {
  mediaType: string;
  bytes: Uint8Array;
}

/** The image in a `data:` URL, or null when it is malformed, too large or not an image. */
export function decodeDataImage(url: string): DataImage | null {
  if (url.length > MAX_DATA_URL_LENGTH) return null;
  const match = /^data:([^,]*?),(.*)$/is.exec(url.trim());
  if (!match) return null;
  const header = (match[1] ?? '').toLowerCase();
  const payload = match[2] ?? '';
  const declared = header.split(';')[0]?.trim() || 'text/plain';
  if (!declared.startsWith('image/')) return null;
  let bytes: Uint8Array;
  try {
    bytes = header.split(';').includes('base64')
      ? new Uint8Array(Buffer.from(payload.replace(/\s+/g, ''), 'base64'))
      : new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    return null;
  }
  if (bytes.length === 0) return null;
  const mediaType = sniffImageType(bytes, declared);
  return mediaType ? { mediaType, bytes } : null;
}
