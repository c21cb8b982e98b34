/**
 * The first start: when the first-run flag is not set and the library is empty, the sample library shipped with
 * the app is parsed by main and stored through the same storeImportBatch users' imports go through. The flag is
 * set only after the samples are stored, so a failed first run is tried again at the next start.
 */
import { bridge, unwrap } from '../bridge/bridge';
import { countArticles } from '../db/articles-repo';
import type { OffprintDatabase } from '../db/database';
import type { StoreReport } from '../db/import-repo';
import { isFirstRunDone, markFirstRunDone } from '../db/settings-repo';
import { storeBatch } from '../importing/run-import';

/** The report of the sample import, or null when there was nothing to do. */
export type FirstRunResult = StoreReport | null;

const running = new WeakMap<OffprintDatabase, Promise<FirstRunResult>>();

/** Runs the first-run import at most once at a time per database (effects may start it twice). */
export function ensureFirstRun(db: OffprintDatabase): Promise<FirstRunResult> {
  let pending = running.get(db);
  if (!pending) {
    pending = runFirstRun(db).finally(() => running.delete(db));
    running.set(db, pending);
  }
  return pending;
}

async function runFirstRun(db: OffprintDatabase): Promise<FirstRunResult> {
  if (await isFirstRunDone(db)) return null;
  let report: FirstRunResult = null;
  if ((await countArticles(db)) === 0) {
    report = await storeBatch(db, unwrap(await bridge().import.parseSampleLibrary()));
  }
  await markFirstRunDone(db);
  return report;
}
