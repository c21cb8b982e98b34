/** An HTML body: sanitized again with DOMPurify just before it is shown, with local images resolved. */
import { useMemo } from 'react';
import { sanitizeArticleHtml } from '../../data/sanitize-html';
import { prepareHtmlForDisplay } from './prepare-html';

export function HtmlBody({ content, assetUrls }: { content: string; assetUrls: ReadonlyMap<string, string> }) {
  const html = useMemo(() => prepareHtmlForDisplay(content, sanitizeArticleHtml, assetUrls), [content, assetUrls]);
  return <div className="html-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
