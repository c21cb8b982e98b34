/**
 * The `.epub` importer (EPUB 2 and 3): one article per book. The package (epub-package.ts) gives the metadata and
 * the spine; each chapter in spine order becomes a section headed as the table of contents names it
 * (epub-toc.ts, epub-sections.ts), its images the book's own files as assets. A book locked by DRM is refused with
 * that reason (epub-drm.ts). The zip is read with the bundle reader's limits (epub-files.ts); nothing is fetched.
 */
import { authorLine } from '../../../src-shared/article/author-line';
import type { ParsedArticle } from '../../../src-shared/contract';
import { archiveLimits } from '../bundle/archive-limits';
import { AssetCollector } from './asset-collector';
import { type AssetSource, DEFAULT_MAX_ASSET_BYTES } from './asset-source';
import { buildArticle } from './build-article';
import { parseDate } from './dates';
import { isDrmLocked, ENCRYPTION_PATH } from './epub-drm';
import { EpubFiles } from './epub-files';
import { CONTAINER_PATH, type EpubPackage, packagePath, parsePackage } from './epub-package';
import { folderOf, resolveInBook } from './epub-paths';
import { chapterSection, type SectionStart } from './epub-sections';
import { navEntries, ncxEntries, type TocEntry } from './epub-toc';
import { ImportProblem, type ImportSource } from './import-problem';
import { childrenAsHtml } from './xhtml-to-html';
import { descendantsNamed, parseXml } from './xml-dom';

/** An EPUB is read whole and each of its files inflated in memory: its files may add up to 256 MB at most. */
export const EPUB_LIMITS = archiveLimits({ maxTotalBytes: 256 * 1024 * 1024 });
const CONTENT_TYPES = new Set(['application/xhtml+xml', 'text/html']);

function bookAssets(files: EpubFiles, chapterPath: string): AssetSource {
  const folder = folderOf(chapterPath);
  return {
    async read(reference) {
      const path = resolveInBook(folder, reference);
      const bytes = path ? files.optionalBytes(path, DEFAULT_MAX_ASSET_BYTES) : null;
      return path && bytes ? { fileName: path.slice(path.lastIndexOf('/') + 1), key: `epub:${path}`, bytes } : null;
    },
  };
}

function tableOfContents(files: EpubFiles, book: EpubPackage): TocEntry[] {
  const nav = book.navPath ? files.text(book.navPath) : null;
  const fromNav = nav && book.navPath ? navEntries(nav, book.navPath) : [];
  if (fromNav.length > 0) return fromNav;
  const ncx = book.ncxPath ? files.text(book.ncxPath) : null;
  return ncx && book.ncxPath ? ncxEntries(ncx, book.ncxPath) : [];
}

/** Where each chapter's sections start: the entries that point into it at its shallowest level, in order. */
function sectionStarts(entries: readonly TocEntry[]): Map<string, SectionStart[]> {
  const depths = new Map<string, number>();
  for (const entry of entries) depths.set(entry.path, Math.min(depths.get(entry.path) ?? Infinity, entry.depth));
  const starts = new Map<string, SectionStart[]>();
  for (const entry of entries) {
    if (entry.depth !== depths.get(entry.path)) continue;
    starts.set(entry.path, [...(starts.get(entry.path) ?? []), { label: entry.label, fragment: entry.fragment }]);
  }
  return starts;
}

function chapterBody(xhtml: string): string {
  const doc = parseXml(xhtml);
  const body = descendantsNamed(doc, 'body')[0] ?? doc.documentElement;
  return body ? childrenAsHtml(body) : '';
}

export async function importEpub(source: ImportSource): Promise<ParsedArticle> {
  const files = EpubFiles.open(source.bytes, source.name, EPUB_LIMITS);
  const container = files.text(CONTAINER_PATH);
  if (container === null) throw new ImportProblem('epubNoPackage');
  const opfPath = packagePath(container);
  const opf = files.text(opfPath);
  if (opf === null) throw new ImportProblem('epubPackageMissing', { path: opfPath });
  const book = parsePackage(opf, opfPath);
  const contentPaths = new Set(book.spine.map((item) => item.path));
  const locked = isDrmLocked((path) => files.has(path), files.has(ENCRYPTION_PATH) ? files.text(ENCRYPTION_PATH) : null, contentPaths);
  if (locked) throw new ImportProblem('epubDrm');

  const starts = sectionStarts(tableOfContents(files, book));
  const collector = new AssetCollector();
  const used = new Set<string>();
  const sections: string[] = [];
  const texts: string[] = [];
  for (const item of book.spine) {
    if (!CONTENT_TYPES.has(item.mediaType) || item.properties.includes('nav')) continue;
    const xhtml = files.text(item.path);
    if (xhtml === null) throw new ImportProblem('epubChapterMissing', { path: item.path });
    const section = await chapterSection(chapterBody(xhtml), starts.get(item.path) ?? [], bookAssets(files, item.path), collector);
    if (!section) continue;
    sections.push(section.html);
    texts.push(section.text);
    for (const name of section.assets) used.add(name);
  }
  const { metadata } = book;
  const article = buildArticle({
    fileName: source.name,
    meta: {
      title: metadata.title,
      author: authorLine(metadata.creators),
      source: metadata.publisher,
      publishedAt: metadata.date ? parseDate(metadata.date) : null,
      language: metadata.language,
    },
    body: { format: 'html', content: sections.join('\n') },
    text: texts.join('\n\n'),
    assets: collector.assets.filter((asset) => used.has(asset.name)),
  });
  return metadata.identifier ? { ...article, meta: { ...article.meta, identifier: metadata.identifier } } : article;
}
