/**
 * Turns a stored HTML body into what the reader shows: sanitized again, `asset:` images pointed at their blob
 * URLs, every other image (remote or missing) replaced by a quiet placeholder with its alt text, and each table put
 * in a box that scrolls it sideways; in a long body, its blocks put in sections. Works in an inert <template>, so
 * nothing is loaded while it runs.
 */
import { isLocalImageSource } from '../../data/sanitize-html';
import { assetNameOf, resolveAssetUrl } from '../../../../src-shared/article/asset-ref';
import { INSERTED_ATTRIBUTE } from '../../../../src-shared/text/visible-text';
import { TABLE_SCROLL_CLASS } from '../../ui/TableScroll';
import { sectionHtml } from '../../ui/body-sections';

/** The placeholder's words, in the interface language: its name when the image has no alt text, and its tooltip. */
export interface PlaceholderWords {
  image: string;
  notOffline: string;
}

export function prepareHtmlForDisplay(
  html: string,
  /** The sanitizer, bound to the article's own address (relative links resolve against it). */
  sanitize: (html: string) => string,
  assetUrls: ReadonlyMap<string, string>,
  doc: Document,
  words: PlaceholderWords,
  /** Puts the body's blocks in sections (a long body: ui/body-sections.ts). */
  sectioned = false,
): string {
  const template = doc.createElement('template');
  template.innerHTML = sanitize(html);
  for (const img of Array.from(template.content.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const url = resolveAssetUrl(src, assetUrls);
    if (url !== undefined) img.setAttribute('src', url);
    else if (src === '' || assetNameOf(src) !== null || !isLocalImageSource(src)) img.replaceWith(placeholder(doc, img, words));
  }
  for (const table of Array.from(template.content.querySelectorAll('table'))) {
    if (!table.parentElement?.closest('table')) table.replaceWith(tableScroll(doc, table));
  }
  if (sectioned) sectionHtml(template.content);
  return template.innerHTML;
}

/**
 * A table in the box that scrolls it sideways inside the column (reader.css draws the cue that there is more), the
 * same box as Markdown's tables (ui/TableScroll.tsx). A block with no text of its own: the body's visible text is
 * the same with it or without it.
 */
function tableScroll(doc: Document, table: HTMLTableElement): HTMLElement {
  const box = doc.createElement('div');
  box.className = TABLE_SCROLL_CLASS;
  box.tabIndex = 0; // a keyboard reader can scroll it too
  box.append(table.cloneNode(true));
  return box;
}

/** The same markup as <ImagePlaceholder>. */
function placeholder(doc: Document, img: HTMLImageElement, words: PlaceholderWords): HTMLElement {
  const label = (img.getAttribute('alt') ?? '').trim() || words.image;
  const span = doc.createElement('span');
  span.className = 'image-placeholder';
  span.setAttribute('role', 'img');
  span.setAttribute('aria-label', label);
  span.setAttribute('title', words.notOffline);
  // Not the article's text (src-shared/text/visible-text.ts): highlights and the stored text leave it out.
  span.setAttribute(INSERTED_ATTRIBUTE, '');
  span.textContent = label;
  return span;
}
