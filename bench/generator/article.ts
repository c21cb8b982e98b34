/**
 * One generated article, a pure function of its number: English for even numbers, Chinese for odd ones, about
 * 5 KB of UTF-8 each (5,000 English or 1,700 Chinese characters), with a title, an author, a source, tags, and for
 * some a note and a highlight.
 */
import { COLLOCATIONS, chineseVocabulary, englishVocabulary } from './vocabulary';
import { Zipf, int, seededRandom, pick, type Random } from './prng';

export interface BenchArticle {
  id: string;
  lang: 'en' | 'zh';
  title: string;
  author: string;
  source: string;
  tags: string[];
  body: string;
  notes: string | null;
  highlights: string | null;
}

export const GENERATOR_VERSION = 2;
export const TARGET_BYTES = 5000;

const EN = englishVocabulary();
const ZH = chineseVocabulary();
const enZipf = new Zipf(EN.length, 1.05);
const zhZipf = new Zipf(ZH.length, 1.0);
const setup = seededRandom(3);
const SURNAMES = Array.from({ length: 400 }, () => EN[200 + Math.floor(setup() * 20000)] as string);
const GIVEN = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hiro', 'Inés', 'Jon', 'Kai', 'Lena'];
const ZH_NAMES = Array.from({ length: 300 }, () => (ZH[100 + Math.floor(setup() * 3000)] as string).slice(0, 3));
const SOURCES = Array.from({ length: 150 }, (_, i) =>
  i % 3 === 2 ? `${ZH[50 + i] ?? ''}日报` : `The ${cap(EN[300 + i * 13] ?? '')} ${i % 2 ? 'Review' : 'Times'}`,
);
const TAGS = ['history', 'politics', 'science', 'climate', 'economy', 'technology', 'health', 'culture', '读书', '科技',
  'open access', 'long read', 'to read', 'research', 'China', 'Europe', 'favourites', 'work', 'teaching', 'ideas'];

function cap(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function englishSentence(r: Random): string {
  const n = int(r, 6, 24);
  const words: string[] = [];
  for (let k = 0; k < n; k++) {
    const x = r();
    if (x < 0.015) words.push(pick(r, COLLOCATIONS));
    else if (x < 0.02) words.push(String(int(r, 1, 2030)));
    else words.push(EN[enZipf.draw(r)] as string);
    if (k > 2 && k < n - 2 && r() < 0.06) words.push(r() < 0.5 ? '—' : ',');
  }
  let s = words.join(' ').replace(/ ([,])/g, '$1');
  if (r() < 0.05) s = `“${s}”`;
  return cap(s) + (r() < 0.1 ? '?' : '.');
}

function chineseSentence(r: Random): string {
  const n = int(r, 6, 22);
  let s = '';
  for (let k = 0; k < n; k++) {
    s += r() < 0.01 ? ` ${int(r, 1990, 2030)}年` : (ZH[zhZipf.draw(r)] as string);
    if (k > 2 && k < n - 2 && r() < 0.08) s += '，';
  }
  return s + (r() < 0.1 ? '？' : '。');
}

function body(r: Random, lang: 'en' | 'zh'): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  const target = TARGET_BYTES * (0.8 + r() * 0.4);
  while (bytes < target) {
    const sentences = Array.from({ length: int(r, 2, 6) }, () => (lang === 'en' ? englishSentence(r) : chineseSentence(r)));
    const p = sentences.join(lang === 'en' ? ' ' : '');
    paragraphs.push(p);
    bytes += lang === 'en' ? p.length + 2 : p.length * 3 + 2;
  }
  return paragraphs.join('\n\n');
}

/** A UUID-shaped id, unique by construction (its last group is the article's number). */
function uuid(r: Random, i: number): string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${i.toString(16).padStart(12, '0')}`;
}

export function generateArticle(i: number): BenchArticle {
  const r = seededRandom(i);
  const lang = i % 2 === 0 ? 'en' : 'zh';
  const text = body(r, lang);
  const title =
    lang === 'en'
      ? cap(Array.from({ length: int(r, 3, 9) }, () => EN[enZipf.draw(r)]).join(' '))
      : Array.from({ length: int(r, 3, 7) }, () => ZH[zhZipf.draw(r)]).join('');
  const author = lang === 'en' ? `${pick(r, GIVEN)} ${cap(pick(r, SURNAMES))}` : pick(r, ZH_NAMES);
  const tags = TAGS.filter(() => r() < 0.08);
  const sentences = text.split(/(?<=[.?。？])\s*/);
  const notes = r() < 0.1 ? (lang === 'en' ? englishSentence(r) : chineseSentence(r)) : null;
  const highlights = r() < 0.1 ? (sentences[int(r, 0, sentences.length - 1)] ?? null) : null;
  return { id: uuid(r, i), lang, title, author, source: pick(r, SOURCES), tags, body: text, notes, highlights };
}
