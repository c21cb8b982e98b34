/** What Merge and Replace would change, in words (restore-plan.ts computed it), each count in its plural form. */
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../src-shared/i18n';
import type { RestorePlan } from '../../../../src-shared/restore/restore-plan';

export function RestorePreview({ name, plan, failures }: { name: string; plan: RestorePlan; failures: number }) {
  const { t } = useTranslation('backups');
  const { merge, replace } = plan;
  return (
    <section className="restore-preview" aria-label={t('whatWouldChange')}>
      <p>
        <strong>{name}</strong>
      </p>
      <h3>{t('merge')}</h3>
      <ul aria-label={t('merge')}>
        <li>{t('articlesAdded', { count: merge.articlesAdded })}</li>
        <li>{t('articlesPresent', { count: merge.articlesPresent })}</li>
        <li>{t('notesAdded', { count: merge.notesAdded })}</li>
        <li>{t('notesNewer', { count: merge.notesNewer })}</li>
        <li>{t('highlightsAdded', { count: merge.highlightsAdded })}</li>
        <li>{t('nothingDeleted')}</li>
      </ul>
      <h3>{t('replace')}</h3>
      <ul aria-label={t('replace')}>
        <li>{t('backedUpFirst')}</li>
        <li>{t('articlesRemoved', { count: replace.articlesRemoved })}</li>
        <li>{t('notesRemoved', { count: replace.notesRemoved })}</li>
        <li>{t('highlightsRemoved', { count: replace.highlightsRemoved })}</li>
        {replace.notesOlder > 0 && <li>{t('notesOlder', { count: replace.notesOlder })}</li>}
        {replace.collectionsRemoved > 0 && <li>{t('collectionsRemoved', { count: replace.collectionsRemoved })}</li>}
        <li>
          {t('restored', {
            articles: t('restoredArticles', { count: replace.articlesRestored }),
            notes: t('restoredNotes', { count: replace.notesRestored }),
            highlights: t('restoredHighlights', { count: replace.highlightsRestored }),
          })}
        </li>
      </ul>
      {plan.removedTitles.length > 0 && <p>{t('removesAmongOthers', { titles: plan.removedTitles.map(isolate) })}</p>}
      {failures > 0 && <p role="note">{t('unreadableParts', { count: failures })}</p>}
    </section>
  );
}
