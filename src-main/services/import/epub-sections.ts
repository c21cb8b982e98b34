/**
 * One EPUB chapter as a section of the book's article: `<section><h2>heading</h2>…</section>`. The section's
 * heading is the chapter's own leading heading (kept as the book wrote it) when it says what the table of contents
 * says, else the table of contents' label, so that the reader's Contents (its h2 and h3 headings) lists the book's
 * chapters; a later entry of the same level that points into the chapter (`chapter.xhtml#part-2`) heads a section
 * there too; the chapter's other headings move below them (its highest becomes h3). The chapter goes through the same
 * image and link handling as an imported web page (html-images.ts, html-links.ts); the renderer sanitises it with
 * DOMPurify like every HTML body.
 */
import { visibleText } from '../../../src-shared/text/visible-text';
import type { AssetCollector } from './asset-collector';
import type { AssetSource } from './asset-source';
import { parseHtmlDocument } from './html-dom';
import { finishImages, prepareImages } from './html-images';
import { finishLinks } from './html-links';

export interface Section {
  html: string;
  text: string;
  assets: Set<string>;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function levelOf(heading: Element): number {
  return Number(heading.tagName.slice(1));
}

function renamed(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName);
  for (const attribute of element.attributes) replacement.setAttribute(attribute.name, attribute.value);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}

/** Whether any text comes before `target` inside `node` (true), `target` was reached first (false), or neither (null). */
function textBefore(node: Node, target: Element): boolean | null {
  if (node === target) return false;
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim() !== '' ? true : null;
  for (const child of node.childNodes) {
    const found = textBefore(child, target);
    if (found !== null) return found;
  }
  return null;
}

/** The chapter's first heading when no text comes before it. */
function leadingHeading(body: Element): Element | null {
  const heading = body.querySelector(HEADINGS);
  return heading && textBefore(body, heading) === false ? heading : null;
}

/** SVG-wrapped images (a cover page's `<svg><image xlink:href>`) as plain images. */
function unwrapSvgImages(body: Element): void {
  for (const svg of body.querySelectorAll('svg')) {
    const image = svg.querySelector('image');
    const href = image?.getAttribute('xlink:href') ?? image?.getAttribute('href');
    if (!href) continue;
    const img = body.ownerDocument.createElement('img');
    img.setAttribute('src', href);
    img.setAttribute('alt', svg.querySelector('title')?.textContent?.trim() ?? '');
    svg.replaceWith(img);
  }
}

/** An entry of the table of contents that starts a section in this chapter. */
export interface SectionStart {
  label: string;
  fragment: string | null;
}

function inlineParent(element: Element): boolean {
  return ['p', 'span', 'a', 'em', 'strong', 'b', 'i'].includes(element.localName);
}

function newHeading(body: Element, label: string): Element {
  const h2 = body.ownerDocument.createElement('h2');
  h2.textContent = label;
  return h2;
}

/**
 * The heading of a later section of the chapter (a table-of-contents entry `chapter.xhtml#part-2`): the element with
 * that id when it is a heading, or the heading it starts with; else a new heading with the entry's label, placed
 * before the element (before its paragraph, when it is an anchor inside one).
 */
function laterSectionHeading(body: Element, start: SectionStart): Element | null {
  if (!start.fragment) return null;
  const target = [...body.querySelectorAll('[id]')].find((element) => element.getAttribute('id') === start.fragment);
  if (!target) return null;
  if (target.matches(HEADINGS)) return target;
  const inner = target.querySelector(HEADINGS);
  if (inner && textBefore(target, inner) === false) return inner;
  const h2 = newHeading(body, start.label);
  const before = target.parentElement && target.parentElement !== body && inlineParent(target.parentElement) ? target.parentElement : target;
  before.before(h2);
  return h2;
}

function placeHeadings(body: Element, starts: readonly SectionStart[]): void {
  const label = starts[0]?.label ?? null;
  const lead = leadingHeading(body);
  const leadText = comparable(lead?.textContent ?? '');
  const leadIsSection = lead !== null && leadText !== '' && (label === null || leadText.includes(comparable(label)) || comparable(label).includes(leadText));
  const sectionHeadings = new Set(starts.slice(1).map((start) => laterSectionHeading(body, start)).filter((heading): heading is Element => heading !== null));
  if (leadIsSection) sectionHeadings.add(lead);
  const others = [...body.querySelectorAll(HEADINGS)].filter((heading) => !sectionHeadings.has(heading));
  const top = Math.min(...others.map(levelOf));
  for (const heading of others) renamed(heading, `h${Math.min(6, 3 + levelOf(heading) - top)}`);
  for (const heading of sectionHeadings) if (heading.localName !== 'h2') renamed(heading, 'h2');
  if (!leadIsSection && label) body.insertBefore(newHeading(body, label), body.firstChild);
}

/** The chapter's body (HTML) as a section, or null when it has neither text nor images. */
export async function chapterSection(
  bodyHtml: string,
  starts: readonly SectionStart[],
  assets: AssetSource,
  collector: AssetCollector,
): Promise<Section | null> {
  const doc = parseHtmlDocument(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`);
  const body = doc.body;
  unwrapSvgImages(body);
  const pending = await prepareImages(doc, assets, collector);
  const used = finishImages(body, pending);
  finishLinks(body, null);
  if (visibleText(body).trim() === '' && used.size === 0) return null;
  placeHeadings(body, starts);
  return { html: `<section>${body.innerHTML.trim()}</section>`, text: visibleText(body), assets: used };
}
