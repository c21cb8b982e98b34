/**
 * The Language setting: "System (English)" — the system's language, named in itself — then every shipped
 * language by its own name. It applies at once (no restart) and is remembered (useLocale().setChoice). Outside
 * the LocaleProvider (a component rendered alone in a unit test) there is no setting to show. `compact`: an icon
 * button for a toolbar (the library's header), its name "Language" and its tooltip "Language: System (English)".
 */
import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../../../src-shared/i18n';
import { useOptionalLocale, type LanguageChoice } from '../../ui/i18n';
import { Select } from '../../ui/Select';
import { LabelledSelect } from './choice-controls';

const CHOICES: readonly LanguageChoice[] = ['system', ...LOCALES];

function nameOf(locale: Locale): string {
  return locale in LOCALE_NAMES ? LOCALE_NAMES[locale as keyof typeof LOCALE_NAMES] : locale;
}

export function LanguageSetting({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const state = useOptionalLocale();
  if (!state) return null;
  const { choice, systemLocale, setChoice } = state;
  // A pseudo-locale chosen by a layout test is not offered; it shows as the system's.
  const value = CHOICES.includes(choice) ? choice : 'system';
  const names = (option: LanguageChoice) => (option === 'system' ? t('languageSystem', { language: nameOf(systemLocale) }) : nameOf(option));
  if (compact) {
    return (
      <Select
        aria-label={t('language')}
        className="icon-button"
        icon={<Languages aria-hidden="true" size={18} />}
        value={value}
        options={CHOICES.map((option) => ({ value: option, label: names(option) }))}
        onChange={setChoice}
      />
    );
  }
  return <LabelledSelect label={t('language')} choices={CHOICES} names={names} value={value} onChange={setChoice} />;
}
