/**
 * Images of a web page, made safe for offline reading before Readability runs. Local files (relative to the page,
 * its `NAME_files/` folder included) and `data:` images become assets (`src="asset:<name>"`). Every other image
 * loses its lazy-loading attributes and gets a numbered stand-in source (`offprint-pending:<n>`, which nothing can
 * load, and which keeps Readability from dropping it), and `finishImages` turns it, after Readability, into a
 * placeholder: `<img alt="…" data-offprint-remote-src="URL">` for web images, `data-offprint-local-src` for local
 * files that could not be read. Nothing is ever fetched.
 */
import type { AssetCollector } from './asset-collector';
import type { AssetSource } from './asset-source';
import { elementsNamed, elementsWithAttribute } from './dom-walk';
import { classifyImageReference, loadImageAsset } from './image-assets';

const PENDING = 'offprint-pending:';
const KEPT_ATTRIBUTES = new Set(['alt', 'title', 'width', 'height']);
const LAZY_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-url', 'data-hi-res-src'];
const LOADING_NAMES = ['source', 'track', 'iframe', 'frame', 'object', 'embed', 'applet', 'link', 'script', 'style', 'noscript'];
const LOADING_ELEMENTS = LOADING_NAMES.join(', ');
const LOADING = new Set(LOADING_NAMES);
const IMG = new Set(['img']);

export interface PendingImage {
  kind: 'remote' | 'local';
  url: string;
}

function firstSrcsetUrl(srcset: string | null): string | null {
  return srcset?.trim().split(/\s+/)[0]?.replace(/,$/, '') || null;
}

/** The image the element would show: its src, or the source a lazy loader would put there. */
function imageReference(img: Element): string | null {
  const src = img.getAttribute('src')?.trim() || null;
  const lazy = LAZY_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim()).find((value) => value);
  const placeholder = !src || /lazy/i.test(img.getAttribute('class') ?? '') || /^data:image\/gif/i.test(src);
  return (placeholder && lazy) || src || firstSrcsetUrl(img.getAttribute('srcset'));
}

export async function prepareImages(
  doc: Document,
  source: AssetSource,
  collector: AssetCollector,
): Promise<PendingImage[]> {
  const pending: PendingImage[] = [];
  // Tag names and attributes compared in walks of the page (dom-walk.ts), not selectors matched on every element.
  for (const element of elementsNamed(doc, LOADING)) element.remove();
  for (const img of elementsNamed(doc, IMG)) {
    const reference = imageReference(img);
    const name = reference ? await loadImageAsset(reference, source, collector) : null;
    for (const attribute of [...img.getAttributeNames()]) {
      if (!KEPT_ATTRIBUTES.has(attribute)) img.removeAttribute(attribute);
    }
    if (name) {
      img.setAttribute('src', `asset:${name}`);
    } else if (reference) {
      const kind = classifyImageReference(reference);
      if (kind === 'remote' || kind === 'local') {
        img.setAttribute('src', `${PENDING}${pending.length}`);
        pending.push({ kind, url: kind === 'remote' && reference.startsWith('//') ? `https:${reference}` : reference });
      }
    }
  }
  for (const element of elementsWithAttribute(doc, ['poster', 'background'])) {
    element.removeAttribute('poster');
    element.removeAttribute('background');
  }
  return pending;
}

/** After Readability: placeholders for the pending images, and the asset names the content still uses. */
export function finishImages(content: Element, pending: readonly PendingImage[]): Set<string> {
  const used = new Set<string>();
  for (const img of content.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    img.removeAttribute('srcset');
    if (src.startsWith('asset:')) {
      used.add(src.slice('asset:'.length));
      continue;
    }
    img.removeAttribute('src');
    const image = src.startsWith(PENDING) ? pending[Number(src.slice(PENDING.length))] : undefined;
    if (image) img.setAttribute(image.kind === 'remote' ? 'data-offprint-remote-src' : 'data-offprint-local-src', image.url);
  }
  for (const element of content.querySelectorAll(LOADING_ELEMENTS)) element.remove();
  return used;
}
