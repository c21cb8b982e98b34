/**
 * Main's interface language: one i18next instance over the shared messages for the application menu, the context
 * menu and the native dialogs. At start it is the language last chosen (kept in the profile, so the menu is right
 * before the window has loaded), else the system's (`app.getPreferredSystemLanguages()`); the renderer then says
 * which language it shows (`app:setLanguage`) and the menu is rebuilt at once.
 */
import { app } from 'electron';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { changeLocale, chooseLocale, createI18n, isLocale, type Locale } from '../../src-shared/i18n';
import { readJsonFile, writeJsonFile } from '../services/backup/json-store';

const languageFileSchema = z.object({ locale: z.string().refine(isLocale) });

let i18n: ReturnType<typeof createI18n> | undefined;
const listeners = new Set<() => void>();

function languageFile(): string {
  return join(app.getPath('userData'), 'language.json');
}

/** Reads the remembered language (or the system's); call once app is ready, before the menu is built. */
export async function loadMainLanguage(): Promise<void> {
  const stored = await readJsonFile(languageFile(), languageFileSchema.nullable(), null);
  const locale = stored && isLocale(stored.locale) ? stored.locale : chooseLocale(app.getPreferredSystemLanguages());
  i18n = createI18n(locale);
}

/** Main's translate function for its own words (the `menu` namespace), in the current language. */
export function mainT(): TFunction<'menu'> {
  i18n ??= createI18n('en');
  return i18n.getFixedT(null, 'menu');
}

export function setMainLanguage(locale: Locale): void {
  i18n ??= createI18n(locale);
  if (i18n.language === locale) return;
  changeLocale(i18n, locale);
  void writeJsonFile(languageFile(), { locale }).catch((error: unknown) => {
    console.warn(`[offprint] the language was not remembered: ${String(error)}`);
  });
  for (const listener of listeners) listener();
}

/** Calls `listener` after every change of language (the menu rebuilds itself). */
export function onMainLanguageChange(listener: () => void): void {
  listeners.add(listener);
}
