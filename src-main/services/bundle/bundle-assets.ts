/**
 * The `assets/<name>` files of a bundle article: each name plain (no folders, no path tricks), each an image
 * Offprint can show (recognised from its bytes) or the article's original PDF (`original.pdf`, starting `%PDF-`,
 * at most 64 MB), within the same limits as an imported article's images.
 */
import { canKeepOriginalPdf, ORIGINAL_PDF_NAME, PDF_MEDIA_TYPE } from '../../../src-shared/article/original-pdf';
import { type FailureReason, reason } from '../import/reason';
import type { ParsedAsset } from '../../../src-shared/contract';
import { formatSize } from '../import/import-problem';
import { sniffImageType } from '../import/media-type';
import type { ArchiveFile } from './archive-units';

export const MAX_ASSETS_PER_ARTICLE = 500;
export const MAX_ASSET_BYTES_PER_ARTICLE = 200 * 1024 * 1024;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const ASSET_NAME = /^(?!\.)[^/\\:*?"<>|\u0000-\u001f\u007f]{1,200}$/;

export function isValidAssetName(name: string): boolean {
  return ASSET_NAME.test(name) && name !== '.' && name !== '..';
}

/** The media type of a bundle's asset, from its bytes (and name), or null when Offprint does not keep such a file. */
export function bundleAssetType(bytes: Uint8Array, name: string): string | null {
  if (name === ORIGINAL_PDF_NAME) return canKeepOriginalPdf(bytes) ? PDF_MEDIA_TYPE : null;
  return sniffImageType(bytes, name);
}

export type AssetsResult = { ok: true; assets: ParsedAsset[] } | { ok: false; file: string; why: FailureReason };

export function readBundleAssets(files: readonly ArchiveFile[]): AssetsResult {
  const assets: ParsedAsset[] = [];
  let total = 0;
  for (const file of files) {
    if (!file.path.startsWith('assets/')) continue;
    const name = file.path.slice('assets/'.length);
    if (!isValidAssetName(name)) {
      return { ok: false, file: file.path, why: reason('assetBadName') };
    }
    const mediaType = bundleAssetType(file.bytes, name);
    if (!mediaType) {
      return { ok: false, file: file.path, why: reason('assetNotImage') };
    }
    total += file.bytes.length;
    if (assets.length >= MAX_ASSETS_PER_ARTICLE || total > MAX_ASSET_BYTES_PER_ARTICLE) {
      return { ok: false, file: 'assets', why: reason('assetsTooMany', { limit: MAX_ASSETS_PER_ARTICLE, size: formatSize(MAX_ASSET_BYTES_PER_ARTICLE) }) };
    }
    assets.push({ name, mediaType, bytes: file.bytes });
  }
  return { ok: true, assets: assets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
