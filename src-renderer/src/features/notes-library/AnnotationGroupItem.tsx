/**
 * One article in the Notes view, as a card: its title (opens it), then its highlights in document order, each its
 * quote in its colour (opens the article at that highlight) with its note, then its notes with their dates. Each
 * note can be edited in place. Notes are Markdown without raw HTML; a link in one opens in the system browser.
 */
import { useTranslation } from 'react-i18next';
import { inDocumentOrder, notesInOrder } from '../../../../src-shared/notes-export/annotated-article';
import type { ArticleAnnotationGroup } from '../../data/notes-library-query';
import { isolate } from '../../../../src-shared/i18n';
import { HighlightEntry } from './HighlightEntry';
import { NoteEntry } from './NoteEntry';

interface Props {
  group: ArticleAnnotationGroup;
  onOpen: (articleId: string) => void;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onError: (error: unknown) => void;
}

export function AnnotationGroupItem({ group, onOpen, onOpenHighlight, onError }: Props) {
  const { t } = useTranslation('notes');
  const { article } = group;
  const open = () => onOpen(article.id);
  const byline = [article.author, article.source].filter(Boolean).join(' · ');
  return (
    <li className="notes-group" data-article-id={article.id}>
      <h2>
        <button type="button" className="link-button" onClick={open}>
          {article.title}
        </button>
      </h2>
      {byline && <p className="notes-group-byline">{byline}</p>}
      <ul className="notes-entries" aria-label={t('entriesOn', { title: isolate(article.title) })}>
        {inDocumentOrder(group.highlights).map((h) => (
          <HighlightEntry key={h.id} highlight={h} onOpen={() => onOpenHighlight(article.id, h.id)} onError={onError} />
        ))}
        {notesInOrder(group.notes).map((n) => (
          <NoteEntry key={n.id} note={n} onError={onError} />
        ))}
      </ul>
    </li>
  );
}
