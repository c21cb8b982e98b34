/**
 * Blob URLs for one article's assets, by name: an external store that creates the URLs when it is shown a set of
 * assets and revokes them when that set is replaced or the article closes. Read with useSyncExternalStore.
 */
export interface AssetUrls {
  /** False until the article's assets have been read and their URLs made. */
  ready: boolean;
  urls: ReadonlyMap<string, string>;
}

export interface NamedBlob {
  name: string;
  blob: Blob;
}

export const NO_ASSET_URLS: AssetUrls = { ready: false, urls: new Map() };

export class AssetUrlStore {
  private value: AssetUrls = NO_ASSET_URLS;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AssetUrls => this.value;

  /** Makes URLs for these assets; the returned function revokes them. */
  show(assets: readonly NamedBlob[]): () => void {
    const urls = new Map(assets.map((asset) => [asset.name, URL.createObjectURL(asset.blob)] as const));
    const value: AssetUrls = { ready: true, urls };
    this.value = value;
    this.emit();
    return () => {
      if (this.value === value) this.value = NO_ASSET_URLS;
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
