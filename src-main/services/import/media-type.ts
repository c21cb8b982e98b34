/** Which image a file holds, from its first bytes (SVG, which is text, from its name or declared type). */

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/avif': 'avif',
  'image/x-icon': 'ico',
  'image/svg+xml': 'svg',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The image media type of these bytes, or null when they are not an image Offprint can show. */
export function sniffImageType(bytes: Uint8Array, nameOrType = ''): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26) return 'image/bmp';
  if (ascii(bytes, 4, 12) === 'ftypavif') return 'image/avif';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && /\.ico$|icon/i.test(nameOrType)) return 'image/x-icon';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).trimStart();
  const looksSvg = /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
  if (looksSvg && /\.svg$|svg\+xml/i.test(nameOrType)) return 'image/svg+xml';
  return null;
}

export function extensionForImageType(mediaType: string): string {
  return EXTENSIONS[mediaType] ?? 'img';
}
