/**
 * The interface language for everything below it: one i18next instance (react-i18next's provider), switched at
 * once when the Language setting changes (no restart), with `<html lang dir>` following it so Arabic lays the
 * whole window out right to left, and main told so that its menus and dialogs follow too.
 */
import { createContext, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { getI18n, I18nextProvider, setI18n } from 'react-i18next';
import { changeLocale, createI18n, localeDirection, type Locale } from '../../../../src-shared/i18n';
import { bridge } from '../../data/bridge';
import { readLanguageChoice, resolveLocale, writeLanguageChoice, type LanguageChoice } from './language-choice';

interface LocaleState {
  /** What the person chose in the Language setting. */
  choice: LanguageChoice;
  /** The locale the interface is in (the system's, resolved, for "system"). */
  locale: Locale;
  /** The locale "system" stands for now. */
  systemLocale: Locale;
  setChoice(choice: LanguageChoice): void;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** Tells main the interface language (its menus and dialogs); a page without the bridge (a unit test) skips it. */
function tellMain(locale: Locale): void {
  if (!(window as Partial<Window>).offprint) return;
  void bridge()
    .app.setLanguage(locale)
    .then((result) => {
      if (!result.ok) console.warn(`[offprint] main did not take the language: ${result.error.message}`);
    });
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState(readLanguageChoice);
  const systemLocale = resolveLocale('system');
  const locale = choice === 'system' ? systemLocale : choice;
  const [i18n] = useState(() => createI18n(locale));
  // Code outside React (translatorFor) reads the same instance; the one before comes back on unmount.
  useLayoutEffect(() => {
    const before = getI18n() as ReturnType<typeof getI18n> | undefined;
    setI18n(i18n);
    return () => {
      if (before) setI18n(before);
    };
  }, [i18n]);

  // Before paint: the components that use the messages re-render in the new language (i18next's event).
  useLayoutEffect(() => {
    if (i18n.language !== locale) changeLocale(i18n, locale);
    document.documentElement.lang = locale;
    document.documentElement.dir = localeDirection(locale);
    tellMain(locale);
  }, [i18n, locale]);

  const state = useMemo<LocaleState>(
    () => ({
      choice,
      locale,
      systemLocale,
      setChoice(next) {
        writeLanguageChoice(next);
        setChoiceState(next);
      },
    }),
    [choice, locale, systemLocale],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>
    </I18nextProvider>
  );
}

/** The Language setting, or null outside the provider (a component rendered alone in a unit test). */
export function useOptionalLocale(): LocaleState | null {
  return useContext(LocaleContext);
}

/** The Language setting and the interface's locale (for Intl formatting of numbers and dates). */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale is used outside LocaleProvider.');
  return state;
}
