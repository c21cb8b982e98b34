/**
 * The article's header: title, then only the metadata the article has (no author line when there is no author,
 * never a bare "Author:"); the page's own keywords apart from the reader's tags. Dates in the user's locale; the
 * original URL opens in the system browser.
 */
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import type { ArticleRecord } from '../../data/database';
import { DateTime } from '../../ui/DateTime';
import { formatLength, languageName } from '../../../../src-shared/format/format';
import { linkClickHandlers } from '../../ui/link-clicks';
import { isWebAddress } from '../../../../src-shared/article/url-policy';

interface Props {
  article: ArticleRecord;
  zoomStyle: CSSProperties;
  titleId: string;
  /** When the article was first read to the end, or null. */
  readAt?: string | null;
  onError: (error: unknown) => void;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="meta-item">
      <dt>{label}</dt>
      {/* The value in its own direction (an Arabic source, a Hebrew tag) without turning the label around. */}
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** The article's address: a link when the URL policy lets it be one (http, https), otherwise plain text. */
function OriginalLink({ url, onError }: { url: string; onError: (error: unknown) => void }) {
  if (!isWebAddress(url)) return <span className="original-link">{url}</span>;
  return (
    <a href={url} className="original-link" {...linkClickHandlers(onError)}>
      {url}
    </a>
  );
}

export function ArticleHeader({ article, zoomStyle, titleId, readAt, onError }: Props) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  // Opening an article moves focus to its title, so keyboard and screen reader users start at the top.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="article-header" style={zoomStyle}>
      <h1 id={titleId} tabIndex={-1} ref={titleRef}>
        {article.title}
      </h1>
      {readAt && (
        <p className="read-marker" data-testid="read-marker" dir="ltr">
          Read
        </p>
      )}
      {/* The labels are the app's (English, left to right), also above a right-to-left article. */}
      <dl className="article-meta" dir="ltr">
        {article.author && <Item label="Author">{article.author}</Item>}
        {article.source && <Item label="Source">{article.source}</Item>}
        {article.publishedAt && (
          <Item label="Published">
            <DateTime iso={article.publishedAt} />
          </Item>
        )}
        {article.submittedAt && (
          <Item label="Submitted">
            <DateTime iso={article.submittedAt} />
          </Item>
        )}
        <Item label="Added">
          <DateTime iso={article.addedAt} />
        </Item>
        {article.wordCount > 0 && <Item label="Length">{formatLength(article.wordCount)}</Item>}
        {article.language && <Item label="Language">{languageName(article.language)}</Item>}
        {article.tags.length > 0 && (
          <Item label="Tags">
            <ul className="tag-list">
              {article.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          </Item>
        )}
        {article.keywords.length > 0 && (
          <Item label="Keywords">
            <ul className="tag-list keyword-list" aria-label="Keywords">
              {article.keywords.map((keyword) => (
                <li key={keyword}>{keyword}</li>
              ))}
            </ul>
          </Item>
        )}
        {article.url && (
          <Item label="Original">
            <OriginalLink url={article.url} onError={onError} />
          </Item>
        )}
      </dl>
    </header>
  );
}
