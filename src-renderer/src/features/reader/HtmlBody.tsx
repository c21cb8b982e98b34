/** An HTML body: sanitized again with DOMPurify just before it is shown, with local images resolved. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sanitizeArticleHtml } from '../../data/sanitize-html';
import { prepareHtmlForDisplay } from './prepare-html';

interface Props {
  content: string;
  assetUrls: ReadonlyMap<string, string>;
  /** The article's own address: relative links resolve against it (none: they show as text). */
  baseUrl: string | null;
  /** Its top-level blocks are sections (ui/body-sections.ts). */
  sectioned: boolean;
}

export function HtmlBody({ content, assetUrls, baseUrl, sectioned }: Props) {
  const { t } = useTranslation('reader');
  const image = t('imagePlaceholder');
  const notOffline = t('imageNotOffline');
  const html = useMemo(
    () => prepareHtmlForDisplay(content, (raw) => sanitizeArticleHtml(raw, baseUrl), assetUrls, document, { image, notOffline }, sectioned),
    [content, assetUrls, baseUrl, image, notOffline, sectioned],
  );
  return <div className="html-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
