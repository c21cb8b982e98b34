/**
 * One row of the library: a checkbox to select it ("Select <title>"), a button named by the title (its whole
 * title in the tooltip, with a star after it when the article is a favourite), then "Link only" when only its
 * link was imported, the source, the author, the published date and as many tags as fit (RowTags). Its place in
 * the whole list is given by aria-posinset and
 * aria-setsize, since only the rows in view are in the page.
 */
import { Star } from 'lucide-react';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import type { LibraryEntry } from '../../data/library-entry';
import { LinkOnlyLabel } from './LinkOnlyLabel';
import { RowTags } from './RowTags';

interface Props {
  entry: LibraryEntry;
  index: number;
  setSize: number;
  onOpen: (articleId: string) => void;
  /** A new number asks the row to take the focus (keyboard moves, coming back from the article). */
  focusToken: number | null;
  onFocused?: () => void;
  selected?: boolean;
  onToggleSelect?: (articleId: string) => void;
  /** Where the row sits in the list and how tall it is (px): numbers, so that a row in view is not drawn again. */
  top: number;
  height: number;
}

export const ArticleListItem = memo(function ArticleListItem({
  entry,
  index,
  setSize,
  onOpen,
  focusToken,
  onFocused,
  selected = false,
  onToggleSelect,
  top,
  height,
}: Props) {
  const { t } = useTranslation('library');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusToken === null) return;
    button.current?.focus();
    onFocused?.();
  }, [focusToken, onFocused]);
  return (
    <li
      className="article-item"
      data-index={index}
      data-article-id={entry.id}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      style={{ transform: `translateY(${top}px)`, height }}
    >
      {onToggleSelect && (
        <input
          type="checkbox"
          className="article-select"
          checked={selected}
          onChange={() => onToggleSelect(entry.id)}
          aria-label={t('selectArticle', { title: entry.title })}
        />
      )}
      <div className="article-item-text">
        <div className="article-title-line">
          <button type="button" ref={button} className="article-title" lang={entry.language ?? undefined} dir="auto" title={entry.title} onClick={() => onOpen(entry.id)}>
            {entry.title}
          </button>
          {entry.favouritedAt && <Star className="article-favourite" size={14} fill="currentColor" role="img" aria-label={t('favouriteStar')} />}
        </div>
        <p className="article-item-meta">
          {entry.linkOnly && <LinkOnlyLabel />}
          {[
            entry.source && <span key="source" className="article-source" dir="auto" title={entry.source}>{entry.source}</span>,
            entry.author && <span key="author" dir="auto" title={entry.author}>{entry.author}</span>,
            entry.publishedAt && <DateTime key="date" iso={entry.publishedAt} />,
          ]
            .filter(Boolean)
            .flatMap((part, i) => (i === 0 ? [part] : [<span key={`dot${i}`} aria-hidden="true"> · </span>, part]))}
          {entry.tags.length > 0 && <RowTags tags={entry.tags} />}
        </p>
      </div>
    </li>
  );
});
