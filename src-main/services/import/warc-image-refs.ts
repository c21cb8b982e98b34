/**
 * The addresses of the images a page may show, found in its HTML without building a DOM (the archive's first
 * reading sees every page, and keeps only these addresses): the values of `src`, `data-src`, `data-original`,
 * `data-lazy-src` and the first of `srcset` on `<img>` and `<source>`, resolved against the page's address. A
 * superset is fine: an address the archive holds no image of is dropped later, and the page's own DOM pass
 * (saved-resources.ts) decides which images are shown.
 */

const TAG = /<(?:img|source)\b[^>]*>/gi;
const ATTRIBUTE = /\s(src|data-src|data-original|data-lazy-src|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const MAX_IMAGES_PER_PAGE = 500;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function character(code: number, whole: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return character(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return character(Number(lower.slice(1)), whole);
    return ENTITIES[lower] ?? whole;
  });
}

function absolute(reference: string, base: string): string | null {
  try {
    const url = new URL(reference, base);
    url.hash = '';
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function imageAddresses(html: string, pageUri: string): string[] {
  const found = new Set<string>();
  for (const tag of html.matchAll(TAG)) {
    for (const match of tag[0].matchAll(ATTRIBUTE)) {
      const raw = unescapeAttribute((match[2] ?? match[3] ?? match[4] ?? '').trim());
      const reference = match[1]?.toLowerCase() === 'srcset' ? (raw.split(/\s+/)[0] ?? '') : raw;
      const url = reference && !/^data:/i.test(reference) ? absolute(reference, pageUri) : null;
      if (url) found.add(url);
      if (found.size >= MAX_IMAGES_PER_PAGE) return [...found];
    }
  }
  return [...found];
}
