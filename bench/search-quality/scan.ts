/**
 * The brute-force answer of a query, knowing nothing of either index: the pages whose folded title, author,
 * source or body contain every query word as a whole word (the last one also as the start of a word, as Offprint
 * reads a query while it is typed); a CJK word anywhere as a substring.
 */
import { foldString } from '../../src-shared/text/fold';
import { isCjk } from '../../src-shared/text/script';
import type { Page } from './pages';

const W = '[\\p{L}\\p{N}_]';
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const hasCjk = (word: string): boolean => [...word].some((c) => isCjk(c.codePointAt(0) ?? 0));

function matcher(word: string, prefix: boolean): (text: string) => boolean {
  if (hasCjk(word)) return (text) => text.includes(word);
  const re = new RegExp(`(?<!${W})${esc(word)}${prefix ? '' : `(?!${W})`}`, 'u');
  return (text) => re.test(text);
}

export type FoldedPage = string;

export function foldPage(p: Page): FoldedPage {
  return foldString([p.title, p.author ?? '', p.source ?? '', p.body].join('\n'));
}

export function scan(pages: readonly Page[], folded: readonly FoldedPage[], words: readonly string[]): Set<string> {
  const tests = words.map((w, i) => matcher(w, i === words.length - 1));
  const out = new Set<string>();
  folded.forEach((text, i) => {
    if (tests.every((t) => t(text))) out.add((pages[i] as Page).file);
  });
  return out;
}
