/**
 * The library-wide Notes view: every note and highlight, grouped by article (newest activity first), with
 * filters (article, colour, tag), a search of their text, and Export notes… for what is shown. Choosing an
 * article's title or a highlight opens the article; Escape (outside a text field) goes back to the library. `data-notes-state="ready"` says when the list is shown.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
            Back to library
          </button>
        </div>
        <h1 ref={heading} tabIndex={-1}>
          Notes
        </h1>
        {groups && <p className="notes-library-count">{countText(count, shown.length, isFiltered(filter))}</p>}
        <ExportNotesMenu load={loadExport} onError={report} disabled={count === 0} />
      </header>
      {error && <ErrorAlert message={error} onDismiss={() => setError(null)} />}
      {groups && groups.length > 0 && <NotesFilters filter={filter} onChange={setFilter} choices={choices} />}
      {groups && groups.length === 0 && (
        <p className="notes-library-empty">No notes or highlights yet. Write a note at the end of an article, or highlight a passage.</p>
      )}
      {groups && groups.length > 0 && shown.length === 0 && (
        <p className="notes-library-empty">
          Nothing matches.{' '}
          <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
            Clear the filters
          </button>
        </p>
      )}
      {shown.length > 0 && (
        <ol className="notes-groups" aria-label="Notes by article">
          {shown.map((group) => (
            <AnnotationGroupItem key={group.article.id} group={group} onOpen={onOpen} onOpenHighlight={onOpenHighlight} onError={report} />
          ))}
        </ol>
      )}
    </main>
  );
}

function countText(entries: number, articles: number, filtered: boolean): string {
  const n = new Intl.NumberFormat();
  const what = `${n.format(entries)} ${entries === 1 ? 'note or highlight' : 'notes and highlights'}`;
  const where = `${n.format(articles)} ${articles === 1 ? 'article' : 'articles'}`;
  return `${what} in ${where}${filtered ? ' (filtered)' : ''}`;
}
