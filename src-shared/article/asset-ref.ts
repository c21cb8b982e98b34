/** `asset:<name>` references in article bodies. Pure. */
export const ASSET_SCHEME = 'asset:';

/** The asset name an image source refers to, or null when it is not an `asset:` reference. */
export function assetNameOf(src: string): string | null {
  if (!src.startsWith(ASSET_SCHEME)) return null;
  const name = src.slice(ASSET_SCHEME.length);
  return name === '' ? null : name;
}

/** The URL for an `asset:` source from the article's asset URLs (the name as written, or percent-decoded). */
export function resolveAssetUrl(src: string, urls: ReadonlyMap<string, string>): string | undefined {
  const name = assetNameOf(src);
  if (name === null) return undefined;
  const direct = urls.get(name);
  if (direct !== undefined) return direct;
  try {
    return urls.get(decodeURIComponent(name));
  } catch {
    return undefined;
  }
}
