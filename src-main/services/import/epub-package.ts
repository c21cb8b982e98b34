/**
 * An EPUB's package document (EPUB 3.3 §5; OPF 2.0.1 for EPUB 2), found through META-INF/container.xml: its
 * metadata (dc:title, the dc:creators who are authors, dc:language, the dc:date of publication, the unique
 * dc:identifier, dc:publisher), its manifest and its spine in reading order, and where its table of contents is
 * (the EPUB 3 nav document, or the EPUB 2 NCX named by the spine's `toc`). Every href is resolved against the package's folder and must stay inside the book.
 */
import { ImportProblem } from './import-problem';
import { folderOf, resolveInBook } from './epub-paths';
import { attributeNamed, childrenNamed, descendantsNamed, parseXml, textOf } from './xml-dom';

export interface ManifestItem {
  id: string;
  /** The item's path inside the zip. */
  path: string;
  mediaType: string;
  properties: string[];
}

export interface EpubMetadata {
  title: string | null;
  creators: string[];
  language: string | null;
  date: string | null;
  identifier: string | null;
  publisher: string | null;
}

export interface EpubPackage {
  path: string;
  metadata: EpubMetadata;
  manifest: Map<string, ManifestItem>;
  /** The spine's content documents, in reading order. */
  spine: ManifestItem[];
  navPath: string | null;
  ncxPath: string | null;
}

export const CONTAINER_PATH = 'META-INF/container.xml';

/** The package document's path, from the container's first `rootfile`. */
export function packagePath(containerXml: string): string {
  const rootfiles = descendantsNamed(parseXml(containerXml), 'rootfile');
  const rootfile = rootfiles.find((element) => element.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
  const href = rootfile?.getAttribute('full-path');
  if (!href) throw new ImportProblem('epubNoRootfile');
  const path = resolveInBook('', href);
  if (!path) throw new ImportProblem('epubContainerOutside', { href });
  return path;
}

function first(metadata: Element | undefined, name: string): string | null {
  return metadata ? textOf(childrenNamed(metadata, name).find((element) => textOf(element) !== '')) || null : null;
}

/** What the metadata's `<meta refines="#id" property="…">` says about an element (EPUB 3), by property. */
function refinement(metadata: Element, element: Element, property: string): string | null {
  const id = element.getAttribute('id');
  if (!id) return null;
  const meta = childrenNamed(metadata, 'meta').find((candidate) => candidate.getAttribute('refines') === `#${id}` && candidate.getAttribute('property') === property);
  return meta ? textOf(meta) || null : null;
}

/** The book's authors: the creators whose role is author (`aut`) or not given, else every creator. */
function authorsOf(metadata: Element): string[] {
  const creators = childrenNamed(metadata, 'creator').filter((element) => textOf(element) !== '');
  const role = (element: Element): string | null => (attributeNamed(element, 'role') ?? refinement(metadata, element, 'role'))?.trim().toLowerCase() ?? null;
  const authors = creators.filter((element) => role(element) === null || role(element) === 'aut');
  return [...new Set((authors.length > 0 ? authors : creators).map((element) => textOf(element)))];
}

/** The date of publication: EPUB 2's `opf:event="publication"`, else the first date that is not of another event. */
function publicationDate(metadata: Element): string | null {
  const dates = childrenNamed(metadata, 'date').filter((element) => textOf(element) !== '');
  const event = (element: Element): string => attributeNamed(element, 'event')?.trim().toLowerCase() ?? '';
  const date = dates.find((element) => event(element) === 'publication') ?? dates.find((element) => event(element) === '');
  return date ? textOf(date) : null;
}

function readMetadata(root: Element, metadata: Element | undefined): EpubMetadata {
  const uniqueId = root.getAttribute('unique-identifier');
  const identifiers = metadata ? childrenNamed(metadata, 'identifier') : [];
  const identifier = identifiers.find((element) => uniqueId !== null && element.getAttribute('id') === uniqueId) ?? identifiers[0];
  return {
    title: first(metadata, 'title'),
    creators: metadata ? authorsOf(metadata) : [],
    language: first(metadata, 'language'),
    date: metadata ? publicationDate(metadata) : null,
    identifier: textOf(identifier) || null,
    publisher: first(metadata, 'publisher'),
  };
}

export function parsePackage(opfXml: string, opfPath: string): EpubPackage {
  const doc = parseXml(opfXml);
  const root = descendantsNamed(doc, 'package')[0];
  if (!root) throw new ImportProblem('epubNotPackage', { path: opfPath });
  const folder = folderOf(opfPath);
  const manifest = new Map<string, ManifestItem>();
  for (const item of descendantsNamed(root, 'item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) continue;
    const path = resolveInBook(folder, href);
    if (!path) throw new ImportProblem('epubItemOutside', { id, href });
    manifest.set(id, {
      id,
      path,
      mediaType: (item.getAttribute('media-type') ?? '').trim().toLowerCase(),
      properties: (item.getAttribute('properties') ?? '').split(/\s+/).filter(Boolean),
    });
  }
  const spineElement = descendantsNamed(root, 'spine')[0];
  const refs = spineElement ? childrenNamed(spineElement, 'itemref') : [];
  const spine = refs
    .map((ref) => manifest.get(ref.getAttribute('idref') ?? ''))
    .filter((item): item is ManifestItem => item !== undefined);
  if (spine.length === 0) throw new ImportProblem('epubNoChapters');
  const nav = [...manifest.values()].find((item) => item.properties.includes('nav'));
  const tocId = spineElement?.getAttribute('toc');
  const ncx = (tocId ? manifest.get(tocId) : undefined) ?? [...manifest.values()].find((item) => item.mediaType === 'application/x-dtbncx+xml');
  return {
    path: opfPath,
    metadata: readMetadata(root, descendantsNamed(root, 'metadata')[0]),
    manifest,
    spine,
    navPath: nav?.path ?? null,
    ncxPath: ncx?.path ?? null,
  };
}
