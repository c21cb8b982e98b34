/**
 * The baseline: the same final records the import stored (read back from the app's database), written again with
 * a raw Dexie bulkPut into a fresh database of the same schema, in chunks of 500 per transaction, in the same
 * page. Runs in the page (serialised by Playwright): self-contained.
 */
export interface BulkPutResult {
  articles: number;
  milliseconds: number;
}

export async function rawBulkPut(): Promise<BulkPutResult> {
  type Row = Record<string, unknown>;
  type Table = { bulkPut(rows: Row[]): Promise<unknown> };
  type DexieDb = {
    version(n: number): { stores(schema: Record<string, string>): void };
    open(): Promise<unknown>;
    delete(): Promise<void>;
    transaction(mode: string, tables: Table[], work: () => Promise<void>): Promise<void>;
    table(name: string): Table;
  };
  const DexieClass = (window as unknown as { Dexie: new (name: string) => DexieDb }).Dexie;
  const source = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('offprint');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const all = (store: string) =>
    new Promise<Row[]>((resolve, reject) => {
      const request = source.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as Row[]);
      request.onerror = () => reject(request.error);
    });
  const [articles, bodies, assets] = [await all('articles'), await all('bodies'), await all('assets')];
  source.close();

  const db = new DexieClass('offprint-bulkput-baseline');
  db.version(1).stores({
    articles: 'id, addedAt, publishedAt, title, source, url, contentHash, identifier, *tags',
    bodies: 'articleId',
    assets: 'id, articleId',
  });
  await db.open();
  const [a, b, s] = [db.table('articles'), db.table('bodies'), db.table('assets')];
  const byArticle = (rows: Row[]) => {
    const groups = new Map<unknown, Row[]>();
    for (const row of rows) groups.set(row['articleId'], [...(groups.get(row['articleId']) ?? []), row]);
    return groups;
  };
  const [bodiesOf, assetsOf] = [byArticle(bodies), byArticle(assets)];
  const chunks = [];
  for (let i = 0; i < articles.length; i += 500) {
    const slice = articles.slice(i, i + 500);
    chunks.push({
      articles: slice,
      bodies: slice.flatMap((row) => bodiesOf.get(row['id']) ?? []),
      assets: slice.flatMap((row) => assetsOf.get(row['id']) ?? []),
    });
  }
  const started = performance.now();
  for (const chunk of chunks) {
    await db.transaction('rw', [a, b, s], async () => {
      await a.bulkPut(chunk.articles);
      await b.bulkPut(chunk.bodies);
      await s.bulkPut(chunk.assets);
    });
  }
  const milliseconds = performance.now() - started;
  await db.delete();
  return { articles: articles.length, milliseconds };
}
