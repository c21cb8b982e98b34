/**
 * The article's text, in the format it was stored in. Its container carries the zoomed font size (in px); all
 * typography inside is in em, so zooming reflows the text. Links never navigate (see link-clicks.ts). A long text
 * is shown in sections (ui/body-sections.ts), so that a zoom step lays out only what is near the window.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { getBody } from '../../data/articles-repo';
import type { BodyRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { isSectionedLength, SECTIONED_ATTRIBUTE } from '../../ui/body-sections';
import { MarkdownText } from '../../ui/MarkdownText';
import { HtmlBody } from './HtmlBody';
import { linkClickHandlers } from '../../ui/link-clicks';
import { RemoteImagesNote } from './RemoteImagesNote';
import { TextBody } from './TextBody';
import { useAssetUrls } from './use-asset-urls';

interface Props {
  articleId: string;
  /** The article's own address, which relative links in its text resolve against. */
  articleUrl: string | null;
  zoomStyle: CSSProperties;
  onError: (error: unknown) => void;
  /** Told when the text is shown (true) or being loaded (false). */
  onReadyChange?: (ready: boolean) => void;
}

export function ArticleBody({ articleId, articleUrl, zoomStyle, onError, onReadyChange }: Props) {
  const db = useDb();
  const body = useLiveQuery(async () => (await getBody(db, articleId)) ?? null, [db, articleId]);
  const assets = useAssetUrls(articleId);
  const ready = body !== undefined && assets.ready;
  const sectioned = Boolean(body && isSectionedLength(body.text.length));
  useEffect(() => onReadyChange?.(ready), [ready, onReadyChange]);
  return (
    <>
      {ready && <RemoteImagesNote body={body} style={zoomStyle} />}
      <div
        className="article-body"
        data-testid="article-body"
        data-body-state={ready ? 'ready' : 'loading'}
        aria-busy={!ready}
        {...{ [SECTIONED_ATTRIBUTE]: sectioned ? '' : undefined }}
        style={zoomStyle}
        {...linkClickHandlers(onError)}
      >
        {ready && <BodyContent body={body} assetUrls={assets.urls} baseUrl={articleUrl} sectioned={sectioned} />}
      </div>
    </>
  );
}

interface BodyProps {
  body: BodyRecord | null;
  assetUrls: ReadonlyMap<string, string>;
  baseUrl: string | null;
  /** The blocks in sections (ui/body-sections.ts). */
  sectioned: boolean;
}

/**
 * Memoised on the body, its images and its address: a zoom step changes only the container's font size, and must
 * not parse and render the whole text again (a 2 MB Markdown book took seconds per step when it did).
 */
const BodyContent = memo(function BodyContent({ body, assetUrls, baseUrl, sectioned }: BodyProps) {
  if (!body) return <BodyMissing />;
  if (body.format === 'markdown') return <MarkdownText text={body.content} assetUrls={assetUrls} baseUrl={baseUrl} sectioned={sectioned} />;
  if (body.format === 'html') return <HtmlBody content={body.content} assetUrls={assetUrls} baseUrl={baseUrl} sectioned={sectioned} />;
  return <TextBody content={body.content} sectioned={sectioned} />;
});

function BodyMissing() {
  const { t } = useTranslation('reader');
  return <p className="body-missing">{t('bodyMissing')}</p>;
}
