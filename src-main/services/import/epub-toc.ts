/**
 * An EPUB's table of contents, as a flat list of entries in reading order with their depth: the EPUB 3 navigation
 * document's `<nav epub:type="toc">` (EPUB 3.3 §7.4; its nested `<ol>`), or the EPUB 2 NCX's `navMap` (its nested
 * `navPoint`s). Each entry's target is resolved against the file that names it; entries that leave the book are
 * dropped.
 */
import { folderOf, fragmentOf, resolveInBook } from './epub-paths';
import { attributeNamed, childrenNamed, descendantsNamed, parseXml, textOf } from './xml-dom';

export interface TocEntry {
  label: string;
  /** The chapter's path inside the zip. */
  path: string;
  fragment: string | null;
  /** 1 for a top-level entry. */
  depth: number;
}

function entry(label: string, reference: string | null, folder: string, depth: number): TocEntry | null {
  const path = reference ? resolveInBook(folder, reference) : null;
  return path && label !== '' ? { label, path, fragment: fragmentOf(reference ?? ''), depth } : null;
}

function fromList(list: Element, folder: string, depth: number, out: TocEntry[]): void {
  for (const item of childrenNamed(list, 'li')) {
    const link = childrenNamed(item, 'a')[0] ?? childrenNamed(item, 'span')[0];
    const found = link ? entry(textOf(link), link.getAttribute('href'), folder, depth) : null;
    if (found) out.push(found);
    for (const nested of childrenNamed(item, 'ol')) fromList(nested, folder, depth + 1, out);
  }
}

/** The entries of an EPUB 3 navigation document. */
export function navEntries(navXml: string, navPath: string): TocEntry[] {
  const doc = parseXml(navXml);
  const navs = descendantsNamed(doc, 'nav');
  const toc = navs.find((nav) => (attributeNamed(nav, 'type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
  const list = toc ? childrenNamed(toc, 'ol')[0] : undefined;
  const out: TocEntry[] = [];
  if (list) fromList(list, folderOf(navPath), 1, out);
  return out;
}

function fromNavPoints(parent: Element, folder: string, depth: number, out: TocEntry[]): void {
  for (const point of childrenNamed(parent, 'navpoint')) {
    const label = textOf(childrenNamed(childrenNamed(point, 'navlabel')[0] ?? point, 'text')[0]);
    const found = entry(label, childrenNamed(point, 'content')[0]?.getAttribute('src') ?? null, folder, depth);
    if (found) out.push(found);
    fromNavPoints(point, folder, depth + 1, out);
  }
}

/** The entries of an EPUB 2 NCX. */
export function ncxEntries(ncxXml: string, ncxPath: string): TocEntry[] {
  const navMap = descendantsNamed(parseXml(ncxXml), 'navmap')[0];
  const out: TocEntry[] = [];
  if (navMap) fromNavPoints(navMap, folderOf(ncxPath), 1, out);
  return out;
}
