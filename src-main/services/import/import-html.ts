/**
 * The `.html` / `.htm` importer. The page is parsed by linkedom (html-dom.ts: nothing runs, nothing is fetched), its metadata read, its images made local or placeholders, and its main content taken by
 * Readability. The body is Readability's HTML; the renderer sanitizes it with DOMPurify before storing it.
 */
import { authorLine } from '../../../src-shared/article/author-line';
import type { ParsedArticle } from '../../../src-shared/contract';
import { AssetCollector } from './asset-collector';
import { firstAuthors } from './author-names';
import { buildArticle } from './build-article';
import { elementsNamed } from './dom-walk';
import { decodeHtml } from './html-charset';
import { parseHtmlDocument } from './html-dom';
import { finishImages, prepareImages } from './html-images';
import { takeLeadingMeta } from './html-leading-meta';
import { singleFileComment } from './html-page-clues';
import { finishLinks } from './html-links';
import { dateOf, readHtmlMeta } from './html-metadata';
import { visibleText } from '../../../src-shared/text/visible-text';
import { ImportProblem, type ImportSource } from './import-problem';
import { ReadabilityOnLinkedom } from './readability-on-linkedom';
import { hostLabels, hostOf, nameFromHost, siteAroundHeadline, siteNameWithoutTagline, sourceName, titleWithoutSite } from './site-name';
import { type LabelFields, parseLabelLine } from './text-page-labels';

const OFFLINE_BASE = 'file:///offline/';
const H1 = new Set(['h1']);

/** The author named by Readability's by-line ("By Dana Wu · March 3, 2019", "作者：张三"), without its date. */
function authorOf(byline: string | null | undefined): string | null {
  if (!byline) return null;
  return parseLabelLine(byline)?.fields.author ?? (byline.replace(/^\s*(by|von|par|por)\s+/i, '').trim() || null);
}

function sameHeadline(a: string, b: string): boolean {
  const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) !== '' && key(a) === key(b);
}

/** The <h1> that the page's <title> (or Readability's reading of it) repeats: the headline the page shows. */
function displayedHeadline(headings: readonly string[], titles: ReadonlyArray<string | null | undefined>): string | null {
  return headings.find((heading) => titles.some((title) => title && sameHeadline(heading, title))) ?? null;
}

export async function importHtml(source: ImportSource): Promise<ParsedArticle> {
  const { text: html } = decodeHtml(source.bytes);
  const doc = parseHtmlDocument(html, OFFLINE_BASE);
  {
    const meta = readHtmlMeta(doc);
    const savedAt = singleFileComment(doc)?.savedAt ?? null;
    const headings = elementsNamed(doc, H1).map((h1) => h1.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter((text) => text !== '');
    const headingTitle = headings[0] ?? null;
    const pageTitle = doc.title;
    let leading: LabelFields = {};
    const collector = new AssetCollector();
    const pending = await prepareImages(doc, source.assets, collector);
    let plainText = '';
    let usedAssets = new Set<string>();
    const article = new ReadabilityOnLinkedom<string>(doc, {
      serializer: (node) => {
        const content = node as Element;
        leading = takeLeadingMeta(content, [meta.title, headingTitle, pageTitle]);
        usedAssets = finishImages(content, pending);
        finishLinks(content, meta.url);
        plainText = visibleText(content);
        return content.innerHTML;
      },
    }).parse();
    if (!article?.content || plainText === '') throw new ImportProblem('noText');
    const host = hostOf(meta.url);
    const repeated = siteAroundHeadline(pageTitle, [headingTitle, meta.title]);
    const sites = [...meta.siteNames, article.siteName, repeated].filter((site): site is string => Boolean(site?.trim()));
    const inPageTitle = pageTitle ? titleWithoutSite(pageTitle, sites, host) : null;
    // The headline the page shows (an <h1> that its <title> also gives) wins over a social-media og:title.
    const shown = displayedHeadline(headings, [inPageTitle?.title, article.title]);
    let title = titleWithoutSite(shown ?? meta.title ?? article.title ?? headingTitle ?? '', sites, host);
    // A "title" that is only the site's name (a diary's banner) gives way to the <title> without it.
    if (inPageTitle?.title && sites.some((site) => site.trim().toLowerCase() === title.title.toLowerCase())) title = inPageTitle;
    const sourceFound = sourceName(
      siteNameWithoutTagline(meta.source ?? article.siteName ?? leading.source ?? repeated ?? title.site ?? inPageTitle?.site ?? null, host) ??
        nameFromHost(host),
    );
    const notAuthors = [sourceFound, ...sites, ...hostLabels(host), meta.copyright].filter((name): name is string => Boolean(name));
    const authors = firstAuthors([...meta.authors, authorOf(article.byline), leading.author], notAuthors);
    const parsed = buildArticle({
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
    // A page saved by SingleFile entered the reader's collection when it was saved.
    return savedAt ? { ...parsed, meta: { ...parsed.meta, addedAt: savedAt } } : parsed;
  }
}
