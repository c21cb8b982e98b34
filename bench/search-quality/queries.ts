/**
 * The queries, generated deterministically from the ground truth (real-pages-truth.json, what each page itself
 * says its title is) and the corpus' own word frequencies, plus hand-written topic queries.
 *
 * Known item: a title as a reader remembers it: 2–4 of its most distinctive words (rarest in the corpus, no stop
 * words), lower-cased, in title order. Variants: the same words with one typo (two neighbouring letters swapped in
 * the longest word), and with the last word cut to a prefix (60 % of it, at least 3 letters), as while typing.
 */
import { foldString } from '../../src-shared/text/fold';
import { ENGLISH_STOP_WORDS } from '../../src-shared/text/stop-words';
import { forEachWordOf } from '../../src-shared/text/words';
import type { Page } from './pages';
import { hasCjk } from './scan';

export type QueryGroup = 'title' | 'title, one typo' | 'title, last word cut' | 'topic' | 'issue example';

export interface QualityQuery {
  group: QueryGroup;
  /** The words, folded; the last one is a prefix in the `cut` variant. */
  words: string[];
  /** The last word was cut short (a prefix for FTS5 too). */
  cut: boolean;
  /** The files that should come first (any of them counts as right). */
  relevant: string[];
}

export interface TruthRecord {
  file: string;
  title: string;
  language: string;
}

const ALNUM = /^[\p{L}\p{N}]+$/u;

export function wordsOf(text: string): string[] {
  const out: string[] = [];
  forEachWordOf(foldString(text), (w) => out.push(w));
  return out;
}

/** In how many pages (title, author, source or body) each folded word occurs. */
export function documentFrequencies(pages: readonly Page[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set(wordsOf([p.title, p.author ?? '', p.source ?? '', p.body].join('\n')));
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return df;
}

function usable(w: string): boolean {
  if (!ALNUM.test(w)) return false;
  if (hasCjk(w)) return [...w].length >= 2;
  return w.length >= 3 && !ENGLISH_STOP_WORDS.has(w) && !/^\d+$/.test(w);
}

/** 2, 3 or 4 words (by the record's place in the truth, so the set is fixed), the rarest first, in title order. */
function rememberedWords(title: string, k: number, df: ReadonlyMap<string, number>): string[] {
  const words = [...new Set(wordsOf(title).filter(usable))];
  const want = Math.min(words.length, 2 + (k % 3));
  const rarest = [...words]
    .map((w, i) => ({ w, i, df: df.get(w) ?? 0 }))
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, want);
  return rarest.sort((a, b) => a.i - b.i).map((x) => x.w);
}

function typo(word: string): string {
  const m = Math.floor(word.length / 2);
  const a = word.charAt(m - 1);
  const b = word.charAt(m);
  return a === b ? word.slice(0, m) + word.slice(m + 1) : word.slice(0, m - 1) + b + a + word.slice(m + 1);
}

export function knownItemQueries(truth: readonly TruthRecord[], df: ReadonlyMap<string, number>): QualityQuery[] {
  const out: QualityQuery[] = [];
  truth.forEach((rec, k) => {
    const words = rememberedWords(rec.title, k, df);
    if (words.length === 0) return;
    const relevant = truth.filter((r) => r.title === rec.title).map((r) => r.file);
    out.push({ group: 'title', words, cut: false, relevant });
    const latin = words.map((w, i) => ({ w, i })).filter(({ w }) => !hasCjk(w) && w.length >= 5);
    const longest = latin.sort((a, b) => b.w.length - a.w.length || a.i - b.i)[0];
    if (longest) {
      const typed = [...words];
      typed[longest.i] = typo(longest.w);
      out.push({ group: 'title, one typo', words: typed, cut: false, relevant });
    }
    const last = words[words.length - 1] ?? '';
    if (!hasCjk(last) && last.length >= 5) {
      const cut = [...words.slice(0, -1), last.slice(0, Math.max(3, Math.ceil(last.length * 0.6)))];
      out.push({ group: 'title, last word cut', words: cut, cut: true, relevant });
    }
  });
  return out;
}

/** Topic queries a reader might type, not copied from a title, with the pages that should come first. */
const TOPICS: [string, string[]][] = [
  ['nuclear fallout shelters new york', ['gothamist.com.html']],
  ['smart home apartment', ['arstechnica.com.html']],
  ['boeing air force one cost', ['www.bloomberg.com.html', 'deadline.com.html']],
  ['net neutrality fcc', ['www.recode.net.html', 'www.theverge.com.html']],
  ['quantum computing cryptography', ['www.newyorker.com.html']],
  ['imf global economy outlook', ['www.investmentexecutive.com.html', 'www.politico.com--test-case-3.html']],
  ['electoral college electors', ['www.msnbc.com.html', 'www.thepoliticalinsider.com.html']],
  ['android packer frida', ['www.fortinet.com.html']],
  ['rosetta comet spacecraft', ['www.wired.com.html']],
  ['church shooting trial jury', ['www.npr.org.html']],
  ['winrar', ['news.mynavi.jp.html']],
  ['scooter rides lyft', ['www.engadget.com.html']],
  ['student debt relief applications', ['www.politico.com--test-case-2.html']],
  ['housing market prices canada', ['www.cbc.ca.html']],
];

export function topicQueries(): QualityQuery[] {
  return TOPICS.map(([text, relevant]) => ({ group: 'topic', words: wordsOf(text), cut: false, relevant }));
}

/**
 * What a reader types in Offprint's box, as typed: the words with no trailing space, so the last one is also a
 * prefix (the box searches while typing), whether or not it was cut.
 */
export function oursQuery(q: QualityQuery): string {
  return q.words.join(' ');
}

/** The same for FTS5: every word quoted (implicit AND), the cut one as a prefix. */
export function ftsQuery(q: QualityQuery): string {
  return q.words.map((w, i) => `"${w.replace(/"/g, '""')}"${q.cut && i === q.words.length - 1 ? '*' : ''}`).join(' ');
}
