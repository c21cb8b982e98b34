/**
 * The `.html` / `.htm` importer. The page is parsed by jsdom with scripts off and no resource loading (nothing runs,
 * nothing is fetched), its metadata read, its images made local or placeholders, and its main content taken by
 * Readability. The body is Readability's HTML; the renderer sanitizes it with DOMPurify before storing it.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { authorLine } from '../../../src-shared/article/author-line';
import type { ParsedArticle } from '../../../src-shared/contract';
import { AssetCollector } from './asset-collector';
import { firstAuthors } from './author-names';
import { buildArticle } from './build-article';
import { decodeHtml } from './html-charset';
import { finishImages, prepareImages } from './html-images';
import { takeLeadingMeta } from './html-leading-meta';
import { finishLinks } from './html-links';
import { dateOf, readHtmlMeta } from './html-metadata';
import { visibleText } from '../../../src-shared/text/visible-text';
import { ImportProblem, REASONS, type ImportSource } from './import-problem';
import { hostOf, nameFromHost, siteAroundHeadline, sourceName, titleWithoutSite } from './site-name';
import { type LabelFields, parseLabelLine } from './text-page-labels';

const OFFLINE_BASE = 'file:///offline/';

/** The author named by Readability's by-line ("By Dana Wu · March 3, 2019", "作者：张三"), without its date. */
function authorOf(byline: string | null | undefined): string | null {
  if (!byline) return null;
  return parseLabelLine(byline)?.fields.author ?? (byline.replace(/^\s*(by|von|par|por)\s+/i, '').trim() || null);
}

export async function importHtml(source: ImportSource): Promise<ParsedArticle> {
  const { text: html } = decodeHtml(source.bytes);
  // No runScripts and no resources: jsdom then neither runs the page's scripts nor loads anything.
  const dom = new JSDOM(html, { url: OFFLINE_BASE });
  try {
    const doc = dom.window.document;
    const meta = readHtmlMeta(doc);
    const headingTitle = doc.querySelector('h1')?.textContent?.trim() || null;
    const pageTitle = doc.title;
    let leading: LabelFields = {};
    const collector = new AssetCollector();
    const pending = await prepareImages(doc, source.assets, collector);
    let plainText = '';
    let usedAssets = new Set<string>();
    const article = new Readability<string>(doc, {
      serializer: (node) => {
        const content = node as Element;
        leading = takeLeadingMeta(content, [meta.title, headingTitle, pageTitle]);
        usedAssets = finishImages(content, pending);
        finishLinks(content, meta.url);
        plainText = visibleText(content);
        return content.innerHTML;
      },
    }).parse();
    if (!article?.content || plainText === '') throw new ImportProblem(REASONS.noText);
    const host = hostOf(meta.url);
    const repeated = siteAroundHeadline(pageTitle, [headingTitle, meta.title]);
    const sites = [...meta.siteNames, article.siteName, repeated].filter((site): site is string => Boolean(site?.trim()));
    const title = titleWithoutSite(meta.title ?? article.title ?? headingTitle ?? '', sites, host);
    const siteInPageTitle = pageTitle ? titleWithoutSite(pageTitle, sites, host).site : null;
    const sourceFound = sourceName(
      meta.source ?? article.siteName ?? leading.source ?? repeated ?? title.site ?? siteInPageTitle ?? nameFromHost(host),
    );
    const authors = firstAuthors([...meta.authors, authorOf(article.byline), leading.author], sourceFound);
    return buildArticle({
      fileName: source.name,
      meta: {
        title: title.title,
        author: authorLine(authors),
        source: sourceFound,
        url: meta.url,
        publishedAt: meta.publishedAt ?? dateOf(article.publishedTime) ?? leading.publishedAt ?? null,
        language: meta.language ?? article.lang ?? null,
        keywords: meta.keywords,
      },
      body: { format: 'html', content: article.content.trim() },
      text: plainText,
      assets: collector.assets.filter((asset) => usedAssets.has(asset.name)),
    });
  } finally {
    dom.window.close();
  }
}
