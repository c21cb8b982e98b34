/**
 * One article in the Notes view: its title (opens it), then its highlights in document order, each its quote in
 * its colour (opens the article at that highlight) with its note, then its notes with their dates. Notes are Markdown without raw HTML; a link in one
 * opens in the system browser.
 */
import { useTranslation } from 'react-i18next';
import { inDocumentOrder, notesInOrder } from '../../../../src-shared/notes-export/annotated-article';
import { highlightQuote } from '../../../../src-shared/anchoring/highlight-record';
import { highlightColor } from '../../../../src-shared/anchoring/highlight-record';
import type { ArticleAnnotationGroup } from '../../data/notes-library-query';
import { linkClickHandlers } from '../../ui/link-clicks';
import { formatDateTime } from '../../../../src-shared/format/format';
import { isolate } from '../../../../src-shared/i18n';
import type { HighlightColor } from '../../data/database';
import { useFormattingLocale } from '../../ui/i18n';
import { MarkdownText } from '../../ui/MarkdownText';

interface Props {
  group: ArticleAnnotationGroup;
  onOpen: (articleId: string) => void;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onError: (error: unknown) => void;
}

/** "Yellow highlight": one message per colour, so each language can word it (and agree the colour) its own way. */
const KIND_KEYS = {
  yellow: 'yellowHighlight',
  green: 'greenHighlight',
  blue: 'blueHighlight',
  pink: 'pinkHighlight',
  purple: 'purpleHighlight',
} as const satisfies Record<HighlightColor, string>;

function When({ iso, locale }: { iso: string; locale: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
}

export function AnnotationGroupItem({ group, onOpen, onOpenHighlight, onError }: Props) {
  const { t } = useTranslation('notes');
  const locale = useFormattingLocale();
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
        {inDocumentOrder(group.highlights).map((h) => {
          const color = highlightColor(h.color);
          return (
            <li key={h.id} className="notes-entry highlight-entry" data-color={color}>
              <button type="button" className="highlight-quote" onClick={() => onOpenHighlight(article.id, h.id)}>
                <span className="highlight-swatch" aria-hidden="true" />
                {highlightQuote(h) || t('noQuote')}
              </button>
              <p className="notes-entry-meta">
                {t(KIND_KEYS[color])} · <When iso={h.createdAt} locale={locale} />
              </p>
              {h.note && (
                <div className="notes-entry-text" {...linkClickHandlers(onError)}>
                  <MarkdownText text={h.note} />
                </div>
              )}
            </li>
          );
        })}
        {notesInOrder(group.notes).map((n) => (
          <li key={n.id} className="notes-entry note-entry">
            <div className="notes-entry-text" {...linkClickHandlers(onError)}>
              <MarkdownText text={n.body} />
            </div>
            <p className="notes-entry-meta">
              {t('noteKind')} · <When iso={n.createdAt} locale={locale} />
            </p>
          </li>
        ))}
      </ul>
    </li>
  );
}
