/**
 * The languages a details dialog offers: the common ones, the library's own and any given (an article's, what its
 * file says), each once, labelled "English (en)" in the interface language and sorted by that label.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageChoices } from '../../../src-shared/article/article-details';
import { languageName } from '../../../src-shared/format/format';
import { useDb } from '../data/db-context';
import { useFormattingLocale } from './i18n';

export interface LanguageOption {
  code: string;
  label: string;
}

export function useLanguageOptions(extra: readonly (string | null | undefined)[]): LanguageOption[] {
  const db = useDb();
  const { t } = useTranslation('library');
  const locale = useFormattingLocale();
  const libraryLanguages = useLiveQuery(async () => (await db.articles.orderBy('language').uniqueKeys()).map(String), [db]);
  const extraKey = extra.join('\n');
  return useMemo(() => {
    const tags = languageChoices([...(libraryLanguages ?? []), ...extraKey.split('\n')]);
    const labelled = tags.map((code) => ({ code, label: t('languageWithCode', { name: languageName(code, locale), code }) }));
    return labelled.sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [libraryLanguages, extraKey, t, locale]);
}
