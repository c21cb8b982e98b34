/**
 * Markdown as the reader sees it: CommonMark + GFM through react-markdown, raw HTML skipped (never rendered),
 * unsafe URLs dropped. Images resolve only to the article's own assets; anything else is a quiet placeholder,
 * so no image is ever fetched from the network.
 */
import { useMemo } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { resolveAssetUrl } from '../../../src-shared/article/asset-ref';
import { ImagePlaceholder } from './ImagePlaceholder';

const REMARK_PLUGINS = [remarkGfm];
const NO_ASSETS: ReadonlyMap<string, string> = new Map();

function urlTransform(url: string): string {
  return url.startsWith('asset:') ? url : defaultUrlTransform(url);
}

export function MarkdownText({ text, assetUrls = NO_ASSETS }: { text: string; assetUrls?: ReadonlyMap<string, string> }) {
  const components = useMemo<Components>(
    () => ({
      img: ({ src, alt }) => {
        const url = typeof src === 'string' ? resolveAssetUrl(src, assetUrls) : undefined;
        return url === undefined ? <ImagePlaceholder alt={alt ?? ''} /> : <img src={url} alt={alt ?? ''} />;
      },
    }),
    [assetUrls],
  );
  return (
    <Markdown remarkPlugins={REMARK_PLUGINS} skipHtml urlTransform={urlTransform} components={components}>
      {text}
    </Markdown>
  );
}
