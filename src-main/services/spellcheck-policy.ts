/**
 * Spell checking without the network. Electron checks spelling with the system's checker on macOS and on
 * Windows (for the languages whose Windows language pack is installed), and otherwise with Hunspell dictionaries
 * (always on Linux), which it downloads from a Google CDN by default. Offprint never lets that download happen:
 * Linux ships no dictionaries, so spell checking is off there (no language, so nothing to load); on Windows the
 * download address is pointed at a local port where nothing answers, so a missing Hunspell dictionary is never
 * fetched. The setting OFFPRINT_SPELLCHECK=off turns it off everywhere. Plain Node, tested in Node.
 */

export const SPELLCHECK_ENV = 'OFFPRINT_SPELLCHECK';
/** Where the dictionary downloader is sent instead of the CDN: the discard port on this machine, never answered. */
export const NO_DICTIONARY_DOWNLOADS_URL = 'http://127.0.0.1:9/offprint-never-downloads-dictionaries/';

export interface SpellcheckPlan {
  /** Red underlines and suggestions in the note boxes. */
  enabled: boolean;
  /** Why, in a word: the system's checker, or off (no offline dictionaries on Linux, or the setting). */
  checker: 'system' | 'none';
}

export function spellcheckPlan(platform: NodeJS.Platform, setting: string | undefined): SpellcheckPlan {
  if (setting?.trim().toLowerCase() === 'off') return { enabled: false, checker: 'none' };
  if (platform === 'darwin' || platform === 'win32') return { enabled: true, checker: 'system' };
  return { enabled: false, checker: 'none' };
}
