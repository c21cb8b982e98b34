/**
 * Markdown as the reader sees it: CommonMark + GFM through react-markdown, raw HTML skipped (never rendered).
 * Links follow the one URL policy (src-shared/article/url-policy): http, https and mailto stay live, relative links
 * resolve against the article's own address, and every other link (react-markdown's default would keep irc: and
 * xmpp:, and `//host/share`) shows as text with the address it had as its tooltip. Images resolve only to the
 * article's own assets; anything else is a quiet placeholder, so no image is ever fetched from the network. Tables
 * scroll sideways in their own box (TableScroll). TeX
 * (`$…$`, `\(…\)`, `$$` blocks) shows as the text it is written in (src-shared/article/markdown-math). A long body
 * (`sectioned`) has its blocks in sections (body-sections.ts).
 */
import { useMemo } from 'react';
import Markdown, { type Components, type UrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { resolveAssetUrl } from '../../../src-shared/article/asset-ref';
import { markdownWithLiteralMath } from '../../../src-shared/article/markdown-math';
import { linkTarget } from '../../../src-shared/article/url-policy';
import { ImagePlaceholder } from './ImagePlaceholder';
import { MARKDOWN_SECTIONS } from './markdown-sections';
import { TableScroll } from './TableScroll';

const REMARK_PLUGINS = [remarkGfm];
const NO_ASSETS: ReadonlyMap<string, string> = new Map();

/** Links the policy refused, with the address as written: the `a` component shows them as text. */
const refusedLinks = new WeakMap<object, string>();

function urlTransformFor(baseUrl: string | null): UrlTransform {
  return (url, key, node) => {
    // Image sources are resolved (or replaced by a placeholder) by the `img` component.
    if (key === 'src' && node.tagName === 'img') return url;
    const verdict = linkTarget(url, baseUrl);
    if (verdict.live) return verdict.href;
    if (key === 'href') refusedLinks.set(node, url);
    return undefined;
  };
}

interface Props {
  text: string;
  assetUrls?: ReadonlyMap<string, string>;
  /** The article's own address, which relative links resolve against (none: they show as text). */
  baseUrl?: string | null;
  /** The blocks in sections, laid out only near the window (a long body). */
  sectioned?: boolean;
}

export function MarkdownText({ text, assetUrls = NO_ASSETS, baseUrl = null, sectioned = false }: Props) {
  const urlTransform = useMemo(() => urlTransformFor(baseUrl), [baseUrl]);
  const source = useMemo(() => markdownWithLiteralMath(text), [text]);
  const components = useMemo<Components>(
    () => ({
      img: ({ src, alt }) => {
        const url = typeof src === 'string' ? resolveAssetUrl(src, assetUrls) : undefined;
        return url === undefined ? <ImagePlaceholder alt={alt ?? ''} /> : <img src={url} alt={alt ?? ''} />;
      },
      table: ({ node: _node, ...props }) => (
        <TableScroll>
          <table {...props} />
        </TableScroll>
      ),
      a: ({ node, href, title, children }) => {
        const written = node ? refusedLinks.get(node) : undefined;
        if (href === undefined) return <a title={written ?? title}>{children}</a>;
        return (
          <a href={href} title={title}>
            {children}
          </a>
        );
      },
    }),
    [assetUrls],
  );
  return (
    <Markdown remarkPlugins={REMARK_PLUGINS} rehypePlugins={sectioned ? MARKDOWN_SECTIONS : undefined} skipHtml urlTransform={urlTransform} components={components}>
      {source}
    </Markdown>
  );
}
