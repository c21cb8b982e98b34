/** The text settings as one key/value row of the settings table (`reader.textSettings`), read live. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OffprintDatabase } from '../../data/database';
import { getSetting, setSetting } from '../../data/settings-repo';
import { parseTextSettings, type TextSettings } from './text-settings';

export const SETTING_TEXT = 'reader.textSettings';

export async function getTextSettings(db: OffprintDatabase): Promise<TextSettings> {
  return parseTextSettings(await getSetting(db, SETTING_TEXT));
}

/** Changes some settings, atomically (the rest are read and written in the same transaction). */
export async function updateTextSettings(db: OffprintDatabase, change: Partial<TextSettings>): Promise<TextSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await getTextSettings(db)), ...change };
    await setSetting(db, SETTING_TEXT, next);
    return next;
  });
}

/** The current settings, or undefined while they are being read. */
export function useTextSettings(db: OffprintDatabase): TextSettings | undefined {
  return useLiveQuery(() => getTextSettings(db), [db]);
}
