/**
 * The staging database of a Replace: a new, empty library database that the restore fills, while the library
 * stays as it is. It starts with what a Replace keeps of the library (its settings and import reports; the reading
 * places only of the articles the backup brings back). Only a whole restore switches to it (library-name.ts);
 * one that stops is discarded, and the library was never touched.
 */
import { OffprintDatabase } from './database';
import { beginStagingName, discardStaging, switchLibrary } from './library-name';

const PER_ARTICLE_SETTING = /^reader\.(position|read)\.(.+)$/;

export async function stageLibrary(current: OffprintDatabase, comingBack: ReadonlySet<string>): Promise<OffprintDatabase> {
  const staging = new OffprintDatabase(await beginStagingName());
  try {
    await staging.open();
    const [settings, reports] = await current.transaction('r', [current.settings, current.importReports], () =>
      Promise.all([current.settings.toArray(), current.importReports.toArray()]),
    );
    const kept = settings.filter((row) => {
      const match = PER_ARTICLE_SETTING.exec(row.key);
      return !match || comingBack.has(match[2]!);
    });
    await staging.transaction('rw', [staging.settings, staging.importReports], async () => {
      await staging.settings.bulkPut(kept);
      await staging.importReports.bulkPut(reports);
    });
    return staging;
  } catch (error) {
    staging.close();
    await discardStaging(staging.name).catch(() => undefined);
    throw error;
  }
}

/** The staging database of a Replace that stopped: closed and deleted. */
export async function dropStaging(staging: OffprintDatabase): Promise<void> {
  staging.close();
  await discardStaging(staging.name);
}

/** What the window shows after a Replace switched the library. */
export interface LibraryReplaced {
  /** The restored bundle's name. */
  name: string;
  articleCount: number;
  /** The backup the Replace wrote of the library first, or null when the library was empty. */
  safetyBackupId: string | null;
}

export interface LibrarySwitch {
  db: OffprintDatabase;
  /** The library it replaced: closed and deleted once the window shows the new one. */
  retired: OffprintDatabase;
  replaced: LibraryReplaced;
}

const switchListeners = new Set<(change: LibrarySwitch) => void>();

/** The window's root listens: it shows the library switched to. */
export function onLibrarySwitch(listener: (change: LibrarySwitch) => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

/** The staging database is whole: it becomes the library (one transaction, on disk), and then the window is told. */
export async function commitStaging(current: OffprintDatabase, staging: OffprintDatabase, replaced: LibraryReplaced): Promise<void> {
  await switchLibrary(staging.name, current.name);
  for (const listener of switchListeners) listener({ db: staging, retired: current, replaced });
}
