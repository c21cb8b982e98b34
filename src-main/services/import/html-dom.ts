/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The DOM types describe linkedom's DOM, which main's HTML modules work with (main has no DOM of its own).
/**
 * The DOM that main parses HTML into: linkedom, for the importer (worker threads and the CLI alike) and for a
 * bundle's HTML bodies. Chosen over jsdom because HTML import is parse-bound: on the 170 real saved pages, the
 * same Readability extraction took 16.4 s of CPU on linkedom against 76.5 s on jsdom (happy-dom 44 s, Chromium's
 * DOMParser 5.8 s), and linkedom's extraction matched Chromium's on all 170 (docs/performance.md). A hidden
 * Chromium window would be faster still, but would put untrusted pages in a renderer and the import back on the
 * main thread's event loop, and would not exist in the CLI. linkedom runs no scripts and loads nothing: it has
 * no script engine and no resource loader. Main's build bundles linkedom with one edit (vite/linkedom-lazy-
 * listeners.mjs: no listener map per node), and Readability runs with faster helpers for it
 * (readability-on-linkedom.ts, dom-walk.ts).
 */
import { DOMParser } from 'linkedom';
import { elementsNamed } from './dom-walk';

/** Elements a browser keeps in <head> when they come before the page's content. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'base', 'script', 'noscript', 'template']);
const BASE = new Set(['base']);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function markupOf(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType === 8) return `<!--${node.nodeValue ?? ''}-->`;
  return '';
}

function isBlank(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && (node.nodeValue ?? '').trim() === '');
}

/** True when the page already has the shape a browser builds: one <html> holding only <head> and <body>. */
function hasFullStructure(doc: Document): boolean {
  const elements = [...doc.childNodes].filter((node) => node.nodeType === 1);
  const root = doc.documentElement;
  if (elements.length !== 1 || root?.localName !== 'html') return false;
  if ([...doc.childNodes].some((node) => node.nodeType === 3 && !isBlank(node))) return false;
  const parts = [...root.childNodes].filter((node) => !isBlank(node));
  const head = parts.find((node) => (node as Element).localName === 'head') as Element | undefined;
  const headOnly = !head || [...head.children].every((child) => HEAD_ELEMENTS.has(child.localName));
  return headOnly && parts.every((node) => ['head', 'body'].includes((node as Element).localName)) && parts.some((node) => (node as Element).localName === 'body');
}

/**
 * linkedom builds the tree as written, without the HTML parser's implied elements: a page with no <body> tag
 * (`<title>…</title><p>…`), or content inside <head>, would have an empty body and no text for Readability. Such a
 * page is rewritten the way a browser's parser places it: head elements before the content in <head>, everything
 * from the first content on in <body>, the <html> element's attributes (its lang) kept. Null when the page
 * already has that shape (nearly every saved page).
 */
function withImpliedStructure(doc: Document): string | null {
  if (hasFullStructure(doc)) return null;
  const head: string[] = [];
  const body: string[] = [];
  let htmlAttributes = '';
  let inBody = false;
  const place = (node: Node): void => {
    const element = node.nodeType === 1 ? (node as Element) : null;
    const name = element?.localName;
    if (name === 'html') {
      htmlAttributes = [...element!.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
      element!.childNodes.forEach(place);
    } else if (name === 'head' && !inBody) {
      element!.childNodes.forEach(place);
    } else if (name === 'body') {
      inBody = true;
      element!.childNodes.forEach((child) => body.push(markupOf(child)));
    } else if (node.nodeType === 10) {
      // The doctype: written again below.
    } else if (!inBody && (isBlank(node) || (name !== undefined && HEAD_ELEMENTS.has(name)))) {
      head.push(markupOf(node));
    } else {
      inBody = true;
      body.push(markupOf(node));
    }
  };
  doc.childNodes.forEach(place);
  return `<!doctype html><html${htmlAttributes}><head>${head.join('')}</head><body>${body.join('')}</body></html>`;
}

/**
 * A whole page as a Document (never run, never fetched from). `documentUrl` is the address it is read at: like a
 * browser's, its `baseURI` is that address, or the page's own `<base href>` resolved against it (Readability makes
 * links absolute against `baseURI`); linkedom has no notion of either, so they are set here.
 */
export function parseHtmlDocument(html: string, documentUrl = 'about:blank'): Document {
  const parsed = parse(html);
  const restructured = withImpliedStructure(parsed);
  const doc = restructured === null ? parsed : parse(restructured);
  const baseHref = elementsNamed(doc, BASE).find((element) => element.hasAttribute('href'))?.getAttribute('href');
  let base = documentUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, documentUrl).href;
    } catch {
      // An unusable <base href> is ignored, as browsers do.
    }
  }
  // In an HTML document, element names are lower case whatever the caller wrote (Readability creates "DIV"), as in
  // browsers; linkedom keeps the caller's spelling, which would store `<DIV>` in bodies.
  const createElement = doc.createElement.bind(doc);
  Object.defineProperty(doc, 'createElement', {
    value: (name: string, options?: ElementCreationOptions) => createElement(name.toLowerCase(), options),
  });
  Object.defineProperty(doc, 'documentURI', { value: documentUrl });
  Object.defineProperty(doc, 'URL', { value: documentUrl });
  Object.defineProperty(doc, 'baseURI', { value: base });
  return doc;
}

/** A fragment of HTML (a stored body) inside a `<div>` of its own document. */
export function parseHtmlFragment(html: string): HTMLElement {
  const doc = parseHtmlDocument('<!doctype html><html><head></head><body><div></div></body></html>');
  const wrapper = doc.querySelector('div') as HTMLElement;
  wrapper.innerHTML = html;
  return wrapper;
}
