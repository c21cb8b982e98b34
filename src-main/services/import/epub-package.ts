/**
 * An EPUB's package document (EPUB 3.3 §5; OPF 2.0.1 for EPUB 2), found through META-INF/container.xml: its
 * metadata (dc:title, dc:creator, dc:language, dc:date, dc:identifier, dc:publisher), its manifest and its spine in
 * reading order, and where its table of contents is (the EPUB 3 nav document, or the EPUB 2 NCX named by the
 * spine's `toc`). Every href is resolved against the package's folder and must stay inside the book.
 */
import { ImportProblem } from './import-problem';
import { folderOf, resolveInBook } from './epub-paths';
import { childrenNamed, descendantsNamed, parseXml, textOf } from './xml-dom';

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
export const NO_PACKAGE_REASON = 'The file is not an EPUB: it has no META-INF/container.xml naming its package.';

/** The package document's path, from the container's first `rootfile`. */
export function packagePath(containerXml: string): string {
  const rootfiles = descendantsNamed(parseXml(containerXml), 'rootfile');
  const rootfile = rootfiles.find((element) => element.getAttribute('media-type') === 'application/oebps-package+xml') ?? rootfiles[0];
  const href = rootfile?.getAttribute('full-path');
  if (!href) throw new ImportProblem('The EPUB\'s container.xml names no package document (no rootfile).');
  const path = resolveInBook('', href);
  if (!path) throw new ImportProblem(`The EPUB's container.xml points outside the book (“${href}”).`);
  return path;
}

function first(metadata: Element | undefined, name: string): string | null {
  return metadata ? textOf(childrenNamed(metadata, name).find((element) => textOf(element) !== '')) || null : null;
}

function readMetadata(root: Element, metadata: Element | undefined): EpubMetadata {
  const uniqueId = root.getAttribute('unique-identifier');
  const identifiers = metadata ? childrenNamed(metadata, 'identifier') : [];
  const identifier = identifiers.find((element) => uniqueId !== null && element.getAttribute('id') === uniqueId) ?? identifiers[0];
  const creators = metadata ? childrenNamed(metadata, 'creator').map((element) => textOf(element)).filter((name) => name !== '') : [];
  return {
    title: first(metadata, 'title'),
    creators: [...new Set(creators)],
    language: first(metadata, 'language'),
    date: first(metadata, 'date'),
    identifier: textOf(identifier) || null,
    publisher: first(metadata, 'publisher'),
  };
}

export function parsePackage(opfXml: string, opfPath: string): EpubPackage {
  const doc = parseXml(opfXml);
  const root = descendantsNamed(doc, 'package')[0];
  if (!root) throw new ImportProblem(`The EPUB's package document “${opfPath}” is not a package (no <package> element).`);
  const folder = folderOf(opfPath);
  const manifest = new Map<string, ManifestItem>();
  for (const item of descendantsNamed(root, 'item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) continue;
    const path = resolveInBook(folder, href);
    if (!path) throw new ImportProblem(`The EPUB's package points outside the book (item “${id}”: “${href}”).`);
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
  if (spine.length === 0) throw new ImportProblem('The EPUB\'s package lists no chapters (its spine is empty).');
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
