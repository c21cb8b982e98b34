/**
 * The `assets/<name>` files of a bundle article: each name plain (no folders, no path tricks), each an image
 * Offprint can show (recognised from its bytes), within the same limits as an imported article's images.
 */
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

export type AssetsResult = { ok: true; assets: ParsedAsset[] } | { ok: false; file: string; reason: string };

export function readBundleAssets(files: readonly ArchiveFile[]): AssetsResult {
  const assets: ParsedAsset[] = [];
  let total = 0;
  for (const file of files) {
    if (!file.path.startsWith('assets/')) continue;
    const name = file.path.slice('assets/'.length);
    if (!isValidAssetName(name)) {
      return { ok: false, file: file.path, reason: 'an asset name must be a plain file name (no folders, no “\\”, “:” or control characters)' };
    }
    const mediaType = sniffImageType(file.bytes, name);
    if (!mediaType) {
      return { ok: false, file: file.path, reason: 'the asset is not an image Offprint can show (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO or SVG)' };
    }
    total += file.bytes.length;
    if (assets.length >= MAX_ASSETS_PER_ARTICLE || total > MAX_ASSET_BYTES_PER_ARTICLE) {
      return {
        ok: false,
        file: 'assets',
        reason: `the article has too many images (the limit is ${MAX_ASSETS_PER_ARTICLE} images, ${formatSize(MAX_ASSET_BYTES_PER_ARTICLE)} in all)`,
      };
    }
    assets.push({ name, mediaType, bytes: file.bytes });
  }
  return { ok: true, assets: assets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
