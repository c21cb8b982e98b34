/**
 * One EPUB chapter as a section of the book's article: `<section><h2>heading</h2>…</section>`. The section's
 * heading is the chapter's own leading heading (kept as the book wrote it) when it says what the table of contents
 * says, else the table of contents' label, so that the reader's Contents (its h2 and h3 headings) lists the book's
 * chapters; the chapter's other headings move below it (its highest becomes h3). The chapter goes through the same
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

function placeHeadings(body: Element, label: string | null): void {
  const lead = leadingHeading(body);
  const leadText = comparable(lead?.textContent ?? '');
  const leadIsSection = lead !== null && leadText !== '' && (label === null || leadText.includes(comparable(label)) || comparable(label).includes(leadText));
  const others = [...body.querySelectorAll(HEADINGS)].filter((heading) => !(leadIsSection && heading === lead));
  const top = Math.min(...others.map(levelOf));
  for (const heading of others) renamed(heading, `h${Math.min(6, 3 + levelOf(heading) - top)}`);
  if (leadIsSection) {
    renamed(lead, 'h2');
  } else if (label) {
    const h2 = body.ownerDocument.createElement('h2');
    h2.textContent = label;
    body.insertBefore(h2, body.firstChild);
  }
}

/** The chapter's body (HTML) as a section, or null when it has neither text nor images. */
export async function chapterSection(bodyHtml: string, label: string | null, assets: AssetSource, collector: AssetCollector): Promise<Section | null> {
  const doc = parseHtmlDocument(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`);
  const body = doc.body;
  unwrapSvgImages(body);
  const pending = await prepareImages(doc, assets, collector);
  const used = finishImages(body, pending);
  finishLinks(body, null);
  if (visibleText(body).trim() === '' && used.size === 0) return null;
  placeHeadings(body, label);
  return { html: `<section>${body.innerHTML.trim()}</section>`, text: visibleText(body), assets: used };
}
