/** The blob URLs of one article's assets, live from the database, revoked on unmount. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getAssets } from '../../data/articles-repo';
import { useDb } from '../../data/db-context';
import { AssetUrlStore, type AssetUrls } from './asset-url-store';

export function useAssetUrls(articleId: string): AssetUrls {
  const db = useDb();
  const assets = useLiveQuery(() => getAssets(db, articleId), [db, articleId]);
  const [store] = useState(() => new AssetUrlStore());
  useEffect(() => (assets ? store.show(assets) : undefined), [assets, store]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
