/**
 * The Language setting: "System (English)" — the system's language, named in itself — then every shipped
 * language by its own name. It applies at once (no restart) and is remembered (useLocale().setChoice). Outside
 * the LocaleProvider (a component rendered alone in a unit test) there is no setting to show.
 */
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../../src-shared/i18n';
import { useOptionalLocale, type LanguageChoice } from '../../ui/i18n';
import { LabelledSelect } from './choice-controls';

const CHOICES: readonly LanguageChoice[] = ['system', ...LOCALES];

function nameOf(locale: Locale): string {
  return locale in LOCALE_NAMES ? LOCALE_NAMES[locale as keyof typeof LOCALE_NAMES] : locale;
}

export function LanguageSetting() {
  const { t } = useTranslation();
  const state = useOptionalLocale();
  if (!state) return null;
  const { choice, systemLocale, setChoice } = state;
  // A pseudo-locale chosen by a layout test is not offered; it shows as the system's.
  const value = CHOICES.includes(choice) ? choice : 'system';
  return (
    <LabelledSelect
      label={t('language')}
      choices={CHOICES}
      names={(option) => (option === 'system' ? t('languageSystem', { language: nameOf(systemLocale) }) : nameOf(option))}
      value={value}
      onChange={setChoice}
    />
  );
}
