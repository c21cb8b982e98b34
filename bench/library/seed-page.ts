/**
 * Bench only, never shipped: injected into the app's page by bench/library.bench.ts (as a script built from this
 * file), it seeds the library with generated metadata through the app's own Dexie module, in transactions of
 * 5,000 articles. `window.__offprintBenchSeed(count)` answers the time it took.
 */
import { OffprintDatabase } from '../../src-renderer/src/data/database';
import { benchArticle } from './meta';

const CHUNK = 5000;

async function seed(count: number): Promise<number> {
  const started = performance.now();
  const db = new OffprintDatabase();
  await db.open();
  for (let from = 0; from < count; from += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, count - from) }, (_, i) => benchArticle(from + i));
    await db.articles.bulkPut(chunk);
  }
  db.close();
  return performance.now() - started;
}

(window as unknown as { __offprintBenchSeed: typeof seed }).__offprintBenchSeed = seed;
