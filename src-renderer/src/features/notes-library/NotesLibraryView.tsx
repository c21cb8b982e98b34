/**
 * The library-wide Notes view: every note and highlight, grouped by article (newest activity first), with
 * filters (article, colour, tag), a search of their text, and Export notes… for what is shown. Choosing an
 * article's title or a highlight opens the article; Escape (outside a text field) goes back to the library. `data-notes-state="ready"` says when the list is shown.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ExportNotesMenu } from '../annotations';
import { errorMessage } from '../../data/bridge';
import { useDb } from '../../data/db-context';
import { listAnnotationGroups } from '../../data/notes-library-query';
import { useEscape } from '../../ui/use-escape';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnnotationGroupItem } from './AnnotationGroupItem';
import { NO_FILTER, describeFilter, filterAnnotations, filterChoices, isFiltered, type NotesFilter } from './filter-annotations';
import { NotesFilters } from './NotesFilters';
import './notes-library.css';

interface Props {
  onOpen: (articleId: string) => void;
  /** Opens the article at one of its highlights (shown in its panel). */
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onBack: () => void;
}

export function NotesLibraryView({ onOpen, onOpenHighlight, onBack }: Props) {
  const db = useDb();
  const { t } = useTranslation('notes');
  const groups = useLiveQuery(() => listAnnotationGroups(db), [db]);
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [error, setError] = useState<string | null>(null);
  const report = useCallback((e: unknown) => setError(errorMessage(e)), []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEscape(onBack);

  const shown = useMemo(() => (groups ? filterAnnotations(groups, filter) : []), [groups, filter]);
  const choices = useMemo(() => filterChoices(groups ?? []), [groups]);
  const count = shown.reduce((n, g) => n + g.notes.length + g.highlights.length, 0);
  const loadExport = useCallback(async () => {
    const titles = new Map(choices.articles.map((a) => [a.id, a.title]));
    return { kind: 'library' as const, entries: shown, description: describeFilter(filter, (id) => titles.get(id)) };
  }, [shown, filter, choices]);

  return (
    <main className="notes-library" aria-busy={groups === undefined} data-notes-state={groups === undefined ? 'loading' : 'ready'}>
      <header className="notes-library-header">
        <div className="notes-library-back">
          <button type="button" className="quiet-button" onClick={onBack}>
            {t('backToLibrary')}
          </button>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          {t('notes')}
        </h1>
        {groups && <p className="notes-library-count">{countText(t, count, shown.length, isFiltered(filter))}</p>}
        <ExportNotesMenu load={loadExport} onError={report} disabled={count === 0} />
      </header>
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {groups && groups.length > 0 && <NotesFilters filter={filter} onChange={setFilter} choices={choices} />}
      {groups && groups.length === 0 && (
        <p className="notes-library-empty">{t('viewEmpty')}</p>
      )}
      {groups && groups.length > 0 && shown.length === 0 && (
        <p className="notes-library-empty">
          {t('nothingMatches')}{' '}
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            {t('clearFilters')}
          </button>
        </p>
      )}
      {shown.length > 0 && (
        <ol className="notes-groups" aria-label={t('notesByArticle')}>
          {shown.map((group) => (
            <AnnotationGroupItem key={group.article.id} group={group} onOpen={onOpen} onOpenHighlight={onOpenHighlight} onError={report} />
          ))}
        </ol>
      )}
    </main>
  );
}

/** "5 notes and highlights in 2 articles", "… (filtered)". */
function countText(t: TFunction<'notes'>, entries: number, articles: number, filtered: boolean): string {
  const counts = { entries: t('entryCount', { count: entries }), articles: t('articleCount', { count: articles }) };
  return t(filtered ? 'countSummaryFiltered' : 'countSummary', counts);
}
