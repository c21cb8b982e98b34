/**
 * The assets of one article being imported: each file once, under a short unique name that the body refers to as
 * `asset:<name>`, within limits on their number and total size.
 */
import type { ParsedAsset } from '../../../src-shared/contract';
import { extensionForImageType } from './media-type';

const MAX_ASSETS = 500;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;

function baseName(fileName: string): string {
  const stem = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  const safe = stem
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return safe === '' ? 'image' : safe;
}

export class AssetCollector {
  readonly assets: ParsedAsset[] = [];
  private readonly namesByKey = new Map<string, string>();
  private readonly usedNames = new Set<string>();
  private totalBytes = 0;

  /** Adds the asset (once per key) and returns its name, or null when the article already holds too much. */
  add(key: string, fileName: string, mediaType: string, bytes: Uint8Array): string | null {
    const known = this.namesByKey.get(key);
    if (known) return known;
    if (this.assets.length >= MAX_ASSETS || this.totalBytes + bytes.length > MAX_TOTAL_BYTES) return null;
    const name = this.uniqueName(baseName(fileName), extensionForImageType(mediaType));
    this.namesByKey.set(key, name);
    this.usedNames.add(name);
    this.assets.push({ name, mediaType, bytes });
    this.totalBytes += bytes.length;
    return name;
  }

  private uniqueName(stem: string, extension: string): string {
    let name = `${stem}.${extension}`;
    for (let n = 2; this.usedNames.has(name); n += 1) name = `${stem}-${n}.${extension}`;
    return name;
  }
}
