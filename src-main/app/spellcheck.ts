/**
 * Applies services/spellcheck-policy.ts to the session: no dictionary download ever reaches the network, and spell
 * checking is on only where it works offline. A download that begins anyway is logged; the Electron test
 * (tests/electron/offline.spec.ts) listens for `spellcheck-dictionary-download-begin` and expects none.
 */
import type { Session } from 'electron';
import { NO_DICTIONARY_DOWNLOADS_URL, type SpellcheckPlan } from '../services/spellcheck-policy';

export function applySpellcheckPlan(ses: Session, plan: SpellcheckPlan): void {
  ses.on('spellcheck-dictionary-download-begin', (_event, language) => {
    console.warn(`[offprint] a spellcheck dictionary download began (${language}), pointed at ${NO_DICTIONARY_DOWNLOADS_URL}`);
  });
  if (process.platform === 'darwin') {
    // The system checker: no dictionaries, and Electron's download settings are no-ops here.
    ses.setSpellCheckerEnabled(plan.enabled);
    return;
  }
  ses.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_DOWNLOADS_URL);
  // No language means no Hunspell dictionary to load, so none to download (Linux, or the setting's off).
  if (!plan.enabled) ses.setSpellCheckerLanguages([]);
  ses.setSpellCheckerEnabled(plan.enabled);
}
