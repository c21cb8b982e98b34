/**
 * One image reference of an article, turned into an asset when Offprint can hold it locally: a file in the
 * article's folder tree, or a `data:` URL. Remote images are never fetched; callers keep them as placeholders.
 */
import { createHash } from 'node:crypto';
import type { AssetCollector } from './asset-collector';
import type { AssetSource } from './asset-source';
import { decodeDataImage } from './data-url';
import { sniffImageType } from './media-type';

export type ImageReferenceKind = 'remote' | 'data' | 'local' | 'other';

export function classifyImageReference(reference: string): ImageReferenceKind {
  const value = reference.trim();
  if (/^(https?:)?\/\//i.test(value)) return 'remote';
  if (/^data:/i.test(value)) return 'data';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value === '') return 'other';
  return 'local';
}

/** The asset name for this reference (`asset:<name>` in the body), or null when it stays as it is. */
export async function loadImageAsset(
  reference: string,
  source: AssetSource,
  collector: AssetCollector,
): Promise<string | null> {
  const kind = classifyImageReference(reference);
  if (kind === 'data') {
    const image = decodeDataImage(reference);
    if (!image) return null;
    const digest = createHash('sha256').update(image.bytes).digest('hex').slice(0, 12);
    return collector.add(`data:${digest}`, `image-${digest}`, image.mediaType, image.bytes);
  }
  if (kind !== 'local') return null;
  const file = await source.read(reference);
  if (!file) return null;
  const mediaType = sniffImageType(file.bytes, file.fileName);
  return mediaType ? collector.add(file.key, file.fileName, mediaType, file.bytes) : null;
}
