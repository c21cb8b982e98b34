/**
 * The resources a one-file saved page carries with it (MHTML's parts, a Safari web archive's subresources): the
 * page's images are pointed at the resources that hold them, found by their address resolved against the page's
 * (or by `cid:`), and named as local files that only these resources answer, so nothing is ever fetched.
 */
import { type AssetSource, DEFAULT_MAX_ASSET_BYTES } from './asset-source';
import { decodeHtml } from './html-charset';
import { parseHtmlDocument } from './html-dom';

export interface SavedResource {
  /** The address the resource was saved from. */
  location: string | null;
  contentId?: string | null;
  body: Uint8Array;
}

const RESOURCE_PREFIX = 'offprint-saved-resource-';
const IMAGE_ATTRIBUTES = ['src', 'data-src', 'data-original', 'data-lazy-src'];

function absolute(reference: string, base: string | null): string | null {
  try {
    const url = new URL(reference, base ?? undefined);
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

function resourceKeys(resources: readonly SavedResource[]): Map<string, number> {
  const keys = new Map<string, number>();
  resources.forEach((resource, index) => {
    const location = resource.location ? absolute(resource.location, null) : null;
    if (location && !keys.has(location)) keys.set(location, index);
    if (resource.contentId) keys.set(`cid:${resource.contentId.toLowerCase()}`, index);
  });
  return keys;
}

/** The page's HTML with its images pointing at the resources that hold them. */
export function pointImagesAtResources(html: string, pageLocation: string | null, resources: readonly SavedResource[]): string {
  const keys = resourceKeys(resources);
  const doc = parseHtmlDocument(html);
  const resourceOf = (reference: string): number | undefined => {
    const value = reference.trim();
    if (/^cid:/i.test(value)) return keys.get(value.toLowerCase());
    const url = absolute(value, pageLocation);
    return url ? keys.get(url) : undefined;
  };
  for (const img of doc.querySelectorAll('img')) {
    for (const attribute of IMAGE_ATTRIBUTES) {
      const value = img.getAttribute(attribute);
      const index = value ? resourceOf(value) : undefined;
      if (index !== undefined) img.setAttribute(attribute, `${RESOURCE_PREFIX}${index}`);
    }
    const first = img.getAttribute('srcset')?.trim().split(/\s+/)[0];
    const index = first && !img.getAttribute('src') ? resourceOf(first) : undefined;
    if (index !== undefined) img.setAttribute('src', `${RESOURCE_PREFIX}${index}`);
  }
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

/** Reads the images the page now points at from the resources (`key` names the resource within this file). */
export function resourceAssets(resources: readonly SavedResource[], keyPrefix: string): AssetSource {
  return {
    async read(reference) {
      if (!reference.startsWith(RESOURCE_PREFIX)) return null;
      const index = Number(reference.slice(RESOURCE_PREFIX.length));
      const resource = resources[index];
      if (!resource || resource.body.length > DEFAULT_MAX_ASSET_BYTES) return null;
      const name = resource.location?.replace(/[?#].*$/s, '').replace(/^.*\//, '') || `resource-${index}`;
      return { fileName: name, key: `${keyPrefix}:${index}`, bytes: resource.body };
    },
  };
}

/** The page's original address as a browser's "saved from url" comment, which the HTML importer reads. */
export function withSavedFromComment(html: string, original: string | null): string {
  if (!original || !/^https?:\/\//i.test(original) || /\s/.test(original)) return html;
  return `<!-- saved from url=(${String(original.length).padStart(4, '0')})${original} -->\n${html}`;
}

/** The page's text in the character set it was saved with, else as its own declaration or detection says. */
export function decodeSavedText(body: Uint8Array, charset: string | null | undefined): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // An unknown charset label: the page's own declaration or detection decides, as for any HTML file.
    }
  }
  return decodeHtml(body).text;
}

/** The page as the HTML importer reads it: UTF-8 with a byte-order mark, so the charset the page declares is not read again. */
export function htmlBytes(html: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${html}`);
}
