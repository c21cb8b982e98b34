/**
 * The article's header: title, then only the metadata the article has (no author line when there is no author,
 * never a bare "Author:"), the reader's tags (removable, and Add tag: ArticleTags) and the page's own keywords
 * apart from them. The labels, dates, length and
 * language name are in the interface language (the title, author, source, tags and keywords are the article's
 * own); the original URL opens in the system browser.
 */
import { useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/database';
import { formatDate, languageName, readingMinutes } from '../../../../src-shared/format/format';
import { localeDirection } from '../../../../src-shared/i18n';
import { useFormattingLocale, useInterfaceLocale } from '../../ui/i18n';
import { linkClickHandlers } from '../../ui/link-clicks';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { ArticleTags } from './ArticleTags';

interface Props {
  article: ArticleRecord;
  zoomStyle: CSSProperties;
  titleId: string;
  /** When the article was first read to the end, or null. */
  readAt?: string | null;
  onError: (error: unknown) => void;
}

function Item({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  // The label is in the interface language and direction (its colon too: reader.css), the value in the article's.
  const interfaceLocale = useInterfaceLocale();
  return (
    <div className={className ? `meta-item ${className}` : 'meta-item'}>
      <dt lang={interfaceLocale} dir={localeDirection(interfaceLocale)}>{label}</dt>
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

function DateValue({ iso, locale }: { iso: string; locale: string }) {
  return <time dateTime={iso}>{formatDate(iso, locale)}</time>;
}

export function ArticleHeader({ article, zoomStyle, titleId, readAt, onError }: Props) {
  const { t } = useTranslation('reader');
  const locale = useFormattingLocale();
  const interfaceLocale = useInterfaceLocale();
  const dir = localeDirection(interfaceLocale);
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
        <p className="read-marker" data-testid="read-marker" lang={interfaceLocale} dir={dir}>
          {t('read')}
        </p>
      )}
      {/* The line runs the article's way (an Arabic article's starts on the right); each label keeps the interface's. */}
      <dl className="article-meta">
        {article.author && <Item label={t('author')}>{article.author}</Item>}
        {article.source && <Item label={t('source')}>{article.source}</Item>}
        {article.publishedAt && (
          <Item label={t('published')}>
            <DateValue iso={article.publishedAt} locale={locale} />
          </Item>
        )}
        {article.submittedAt && (
          <Item label={t('submitted')}>
            <DateValue iso={article.submittedAt} locale={locale} />
          </Item>
        )}
        <Item label={t('added')}>
          <DateValue iso={article.addedAt} locale={locale} />
        </Item>
        {article.wordCount > 0 && (
          <Item label={t('length')}>{t('lengthValue', { count: article.wordCount, minutes: readingMinutes(article.wordCount) })}</Item>
        )}
        {article.language && <Item label={t('language')}>{languageName(article.language, locale)}</Item>}
        {/* Always there: the tags (each removable) and Add tag. */}
        <Item label={t('tags')} className="meta-item-tags">
          <ArticleTags article={article} onError={onError} />
        </Item>
        {article.keywords.length > 0 && (
          <Item label={t('keywords')}>
            <ul className="tag-list keyword-list" aria-label={t('keywords')}>
              {article.keywords.map((keyword) => (
                <li key={keyword}>{keyword}</li>
              ))}
            </ul>
          </Item>
        )}
        {article.url && (
          <Item label={t('original')}>
            <OriginalLink url={article.url} onError={onError} />
          </Item>
        )}
      </dl>
    </header>
  );
}
