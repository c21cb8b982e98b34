/**
 * A WACZ's `pages/pages.jsonl` (WACZ 1.1.1, "Pages"): one JSON object per line, the first a header
 * (`{"format": "json-pages-1.0", …}`), then one per page the crawl was asked to take, with its `url`, its `ts`
 * and usually its `title`. It says which of the archive's pages are articles, and their titles. Pure.
 */

export interface ListedPage {
  url: string;
  title: string | null;
  /** The line it is on (1-based), for reports. */
  line: number;
}

export interface PagesList {
  pages: ListedPage[];
  /** Lines that are no page: not a JSON object, or without a web address. */
  badLines: number[];
}

/** An address as the archive's records name it (without its fragment), or null when it is none. */
export function pageKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return /^https?:$/.test(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function isHeader(value: Record<string, unknown>): boolean {
  return typeof value.format === 'string' && value.url === undefined;
}

export function parsePagesList(text: string): PagesList {
  const list: PagesList = { pages: [], badLines: [] };
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      list.badLines.push(index + 1);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void list.badLines.push(index + 1);
    const entry = value as Record<string, unknown>;
    if (isHeader(entry)) return;
    const url = typeof entry.url === 'string' ? pageKey(entry.url) : null;
    if (!url) return void list.badLines.push(index + 1);
    if (seen.has(url)) return;
    seen.add(url);
    const title = typeof entry.title === 'string' && entry.title.trim() !== '' ? entry.title.trim() : null;
    list.pages.push({ url, title, line: index + 1 });
  });
  return list;
}

/** The archive's pages the list names (in the archive's order), their titles by address, and the listed pages it lacks. */
export function selectListedPages<Page extends { uri: string }>(
  pages: readonly Page[],
  list: PagesList,
): { pages: Page[]; titles: Map<string, string | null>; missing: ListedPage[] } {
  const listed = new Map(list.pages.map((page) => [page.url, page]));
  const taken = pages.filter((page) => listed.has(pageKey(page.uri) ?? ''));
  const found = new Set(taken.map((page) => pageKey(page.uri)));
  const titles = new Map(taken.map((page) => [page.uri, listed.get(pageKey(page.uri) ?? '')?.title ?? null]));
  return { pages: taken, titles, missing: list.pages.filter((page) => !found.has(page.url)) };
}
