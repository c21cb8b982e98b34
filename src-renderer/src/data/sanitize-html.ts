/**
 * The HTML sanitizer for article bodies: DOMPurify in a real DOM, used before a body is stored and again before it
 * is shown. The HTML and MathML profiles (no SVG), no styles, forms, frames or media; maths is drawn by Chromium's
 * MathML Core, with no links on it (`href` stays only on <a> and <area>, `xlink:*` never) and no TeX annotations
 * (a formula's source is not what a reader sees). Links follow the one URL
 * policy (src-shared/article/url-policy): http(s) and mailto stay live, resolved against the article's own address;
 * any other link loses its href and keeps its text, with the address it had as its tooltip. Images keep only local
 * sources (`asset:<name>` or an inline data: image); any other image source is moved to
 * `data-offprint-remote-src`, so nothing is ever fetched from the network.
 */
import DOMPurify, { type Config, type WindowLike } from 'dompurify';
import { linkTarget } from '../../../src-shared/article/url-policy';
import { visibleText } from '../../../src-shared/text/visible-text';

/**
 * Sanitizes an HTML body; `baseUrl` is the article's own address, which relative links resolve against (none: they
 * stay text). `visibleText` gives the text a reader sees of an (already sanitized) body, by the one visible-text
 * rule: the text the library stores for an HTML article, so it is the text its highlights are anchored against in
 * the reader.
 */
export type HtmlSanitizer = ((html: string, baseUrl?: string | null) => string) & {
  visibleText(html: string): string;
  /** How many images of an (already sanitized) body are only on the web: the reader shows placeholders for them. */
  remoteImages(html: string): number;
};

/** The attribute the importer (and this sanitizer) use for an image that exists only on the web. */
export const REMOTE_SRC_ATTRIBUTE = 'data-offprint-remote-src';

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true },
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|asset):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'source', 'track', 'picture', 'dialog',
    // Inert markup a reader never sees, kept only to be cloned into the page by a script: nothing to read.
    'template',
  ],
  FORBID_ATTR: [
    'style', 'srcset', 'sizes', 'background', 'poster', 'ping', 'action', 'formaction', 'target', 'id', 'name',
    'xlink:href', 'xlink:title', 'xmlns:xlink', 'mathcolor', 'mathbackground',
  ],
  // <semantics> goes (its first child, the formula, stays); the TeX or other source it annotates goes whole.
  ADD_FORBID_CONTENTS: ['annotation'],
};

export function isLocalImageSource(src: string): boolean {
  return src.startsWith('asset:') || /^data:image\/(?:png|jpe?g|gif|webp|avif);/i.test(src);
}

/** A sanitizer bound to one window (the renderer's own, or a jsdom window in Node tests). */
const LINK_ELEMENTS = new Set(['A', 'AREA']);

export function createHtmlSanitizer(win: WindowLike): HtmlSanitizer {
  const purify = DOMPurify(win);
  let base: string | null = null;
  // The href as written, for links the policy refused: it becomes their tooltip once DOMPurify is done.
  let refused = new WeakMap<Element, string>();
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName !== 'href') return;
    if (!LINK_ELEMENTS.has(node.nodeName)) {
      data.keepAttr = false; // a link on anything else (<math href>, <mi href>) is not a link a reader can see
      return;
    }
    const verdict = linkTarget(data.attrValue, base);
    if (verdict.live) {
      data.attrValue = verdict.href;
    } else {
      data.keepAttr = false;
      if (data.attrValue.trim() !== '') refused.set(node, data.attrValue);
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const written = refused.get(node as Element);
    if (written !== undefined) (node as Element).setAttribute('title', written.slice(0, 2048));
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'IMG') return;
    const img = node as Element;
    const src = img.getAttribute('src');
    if (src === null || isLocalImageSource(src)) return;
    img.removeAttribute('src');
    if (src.trim() !== '' && !img.hasAttribute(REMOTE_SRC_ATTRIBUTE)) img.setAttribute(REMOTE_SRC_ATTRIBUTE, src);
  });
  const sanitize = (html: string, baseUrl: string | null = null): string => {
    base = baseUrl;
    refused = new WeakMap();
    return purify.sanitize(html, CONFIG);
  };
  return Object.assign(sanitize, {
    visibleText(html: string): string {
      // An inert template: nothing in it loads or runs.
      const template = (win.document as Document).createElement('template');
      template.innerHTML = html;
      return visibleText<Node>(template.content);
    },
    remoteImages(html: string): number {
      const template = (win.document as Document).createElement('template');
      template.innerHTML = html;
      return template.content.querySelectorAll(`img[${REMOTE_SRC_ATTRIBUTE}]`).length;
    },
  });
}

let rendererSanitizer: HtmlSanitizer | undefined;

/** The sanitizer of the renderer's own window, created on first use. */
export const sanitizeArticleHtml: HtmlSanitizer = Object.assign(
  (html: string, baseUrl?: string | null) => {
    rendererSanitizer ??= createHtmlSanitizer(window);
    return rendererSanitizer(html, baseUrl);
  },
  {
    visibleText(html: string): string {
      rendererSanitizer ??= createHtmlSanitizer(window);
      return rendererSanitizer.visibleText(html);
    },
    remoteImages(html: string): number {
      rendererSanitizer ??= createHtmlSanitizer(window);
      return rendererSanitizer.remoteImages(html);
    },
  },
);
