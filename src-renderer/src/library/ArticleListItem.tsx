/**
 * One row of the library: a checkbox to select it for an export ("Select <title>"), a button named by the title,
 * then the source and the published date.
 */
import { useEffect, useRef } from 'react';
import type { ArticleRecord } from '../db/database';
import { DateTime } from '../ui/DateTime';

interface Props {
  article: ArticleRecord;
  onOpen: (articleId: string) => void;
  autoFocus: boolean;
  selected?: boolean;
  onToggleSelect?: (articleId: string) => void;
}

export function ArticleListItem({ article, onOpen, autoFocus, selected = false, onToggleSelect }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  return (
    <li className="article-item">
      {onToggleSelect && (
        <input
          type="checkbox"
          className="article-select"
          checked={selected}
          onChange={() => onToggleSelect(article.id)}
          aria-label={`Select ${article.title}`}
        />
      )}
      <button type="button" ref={ref} className="article-title" lang={article.language ?? undefined} onClick={() => onOpen(article.id)}>
        {article.title}
      </button>
      <p className="article-item-meta">
        {article.source && <span className="article-source">{article.source}</span>}
        {article.source && article.publishedAt && <span aria-hidden="true"> · </span>}
        {article.publishedAt && <DateTime iso={article.publishedAt} />}
      </p>
    </li>
  );
}
