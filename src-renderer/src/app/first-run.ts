/**
 * The first start: when the first-run flag is not set and the library is empty, the sample library shipped with
 * the app is imported by the same runner as the user's imports ({kind: 'sample'}). The flag is set only after
 * the samples are stored, so a failed first run is tried again at the next start.
 */
import { countArticles } from '../data/articles-repo';
import type { OffprintDatabase } from '../data/database';
import { isFirstRunDone, markFirstRunDone } from '../data/settings-repo';
import { sampleRequest } from '../features/importing';
import { ImportRun, type ImportRunResult } from '../features/importing';

/** The result of the sample import, or null when there was nothing to do. */
export type FirstRunResult = ImportRunResult | null;

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
  let result: FirstRunResult = null;
  if ((await countArticles(db)) === 0) {
    result = await new ImportRun(db, sampleRequest()).run();
    if (result.error) throw new Error(result.error);
  }
  await markFirstRunDone(db);
  return result;
}
