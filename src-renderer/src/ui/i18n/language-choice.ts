/**
 * The Language setting: "system" (the default: the system's preferred languages, navigator.languages) or one
 * shipped locale. Kept in localStorage rather than the library's database because it is needed before the
 * database opens (the version guard, an error opening the library) and at the very first render, synchronously.
 */
import { chooseLocale, isLocale, type Locale } from '../../../../src-shared/i18n';

export type LanguageChoice = 'system' | Locale;

export const LANGUAGE_STORAGE_KEY = 'offprint.language';

export function readLanguageChoice(storage: Pick<Storage, 'getItem'> = localStorage): LanguageChoice {
  const stored = storage.getItem(LANGUAGE_STORAGE_KEY);
  return isLocale(stored) ? stored : 'system';
}

export function writeLanguageChoice(choice: LanguageChoice, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  if (choice === 'system') storage.removeItem(LANGUAGE_STORAGE_KEY);
  else storage.setItem(LANGUAGE_STORAGE_KEY, choice);
}

export function resolveLocale(choice: LanguageChoice, systemLanguages: readonly string[] = navigator.languages): Locale {
  return choice === 'system' ? chooseLocale(systemLanguages) : choice;
}
