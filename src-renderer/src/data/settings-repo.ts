/** Settings: small key/value pairs. The known keys and their types are listed here. */
import type { OffprintDatabase } from './database';

export const SETTING_ZOOM = 'reader.zoomPercent';
export const SETTING_FIRST_RUN_DONE = 'firstRunDone';

export async function getSetting(db: OffprintDatabase, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function setSetting(db: OffprintDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** The stored zoom level in percent, or undefined when none was stored (or it is not a number). */
export async function getZoomPercent(db: OffprintDatabase): Promise<number | undefined> {
  const value = await getSetting(db, SETTING_ZOOM);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export async function setZoomPercent(db: OffprintDatabase, percent: number): Promise<void> {
  await setSetting(db, SETTING_ZOOM, percent);
}

export async function isFirstRunDone(db: OffprintDatabase): Promise<boolean> {
  return (await getSetting(db, SETTING_FIRST_RUN_DONE)) === true;
}

export async function markFirstRunDone(db: OffprintDatabase): Promise<void> {
  await setSetting(db, SETTING_FIRST_RUN_DONE, true);
}
