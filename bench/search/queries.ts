/**
 * The fixed query set, and for each query: what a user types in Offprint, what FTS5 is asked (per tokenizer), and
 * what a brute-force scan of the article counts as a match (regular expressions and substrings on the folded
 * text, knowing nothing of either index).
 */
import { foldString } from '../../src-shared/search';
import type { BenchArticle } from '../generator/article';
import { chineseVocabulary, englishVocabulary, hanCharacters } from '../generator/vocabulary';

type Clause =
  | { kind: 'word'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'phrase'; words: string[] }
  | { kind: 'cjk'; text: string }
  | { kind: 'field'; field: 'author' | 'source'; words: string[] }
  | { kind: 'tag'; tag: string };

export interface BenchQuery {
  group: string;
  /** What the user types in Offprint's search box. */
  ours: string;
  /** The FTS5 MATCH expression per tokenizer, or null when that tokenizer cannot express the query. */
  unicode61: string | null;
  trigram: string | null;
  /** An exact tag to filter on in SQL, or null. */
  tag: string | null;
  /** Does the article match, by a brute-force scan? */
  matches: (a: FoldedArticle) => boolean;
}

export interface FoldedArticle {
  fields: string[];
  author: string;
  source: string;
  tags: string[];
}

export function foldArticle(a: BenchArticle): FoldedArticle {
  const author = foldString(a.author);
  const source = foldString(a.source);
  const other = [a.title, a.body, a.notes ?? '', a.highlights ?? ''].map(foldString);
  return { fields: [author, source, ...other], author, source, tags: a.tags.map(foldString) };
}

const W = '[\\p{L}\\p{N}_]';
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string, prefix = false): RegExp =>
  new RegExp(`(?<!${W})${esc(w)}${prefix ? '' : `(?!${W})`}`, 'u');
const phraseRe = (ws: string[]): RegExp => new RegExp(`(?<!${W})${ws.map(esc).join('[^\\p{L}\\p{N}_]+')}(?!${W})`, 'u');

function build(group: string, clauses: Clause[]): BenchQuery {
  const ours: string[] = [];
  const u: string[] = [];
  const t: (string | null)[] = [];
  const checks: ((a: FoldedArticle) => boolean)[] = [];
  let tag: string | null = null;
  const tri = (s: string): string | null => ([...s].length >= 3 ? `"${s}"` : null);
  for (const c of clauses) {
    if (c.kind === 'word') {
      ours.push(`${c.text} `);
      u.push(`"${c.text}"`);
      t.push(tri(c.text));
      const re = wordRe(foldString(c.text));
      checks.push((a) => a.fields.some((f) => re.test(f)));
    } else if (c.kind === 'prefix') {
      ours.push(c.text);
      u.push(`"${c.text}"*`);
      t.push(tri(c.text));
      const re = wordRe(foldString(c.text), true);
      checks.push((a) => a.fields.some((f) => re.test(f)));
    } else if (c.kind === 'phrase') {
      const p = c.words.join(' ');
      ours.push(`"${p}" `);
      u.push(`"${p}"`);
      t.push(tri(p));
      const re = phraseRe(c.words.map(foldString));
      checks.push((a) => a.fields.some((f) => re.test(f)));
    } else if (c.kind === 'cjk') {
      ours.push(`${c.text} `);
      u.push(`"${c.text}"`);
      t.push(tri(c.text));
      const s = foldString(c.text);
      checks.push((a) => a.fields.some((f) => f.includes(s)));
    } else if (c.kind === 'field') {
      const p = c.words.join(' ');
      ours.push(`${c.field}:"${p}" `);
      u.push(`${c.field} : "${p}"`);
      t.push(tri(p) === null ? null : `${c.field} : "${p}"`);
      const re = phraseRe(c.words.map(foldString));
      checks.push(c.field === 'author' ? (a) => re.test(a.author) : (a) => re.test(a.source));
    } else {
      ours.push(`tag:"${c.tag}" `);
      tag = foldString(c.tag);
      const wanted = tag;
      checks.push((a) => a.tags.includes(wanted));
    }
  }
  const ftsOf = (parts: (string | null)[]): string | null =>
    parts.length === 0 ? null : parts.some((p) => p === null) ? null : parts.join(' ');
  return {
    group,
    ours: ours.join(''), // a finished word ends with a space; only a prefix clause does not
    unicode61: ftsOf(u),
    trigram: ftsOf(t),
    tag,
    matches: (a) => checks.every((check) => check(a)),
  };
}

/** The queries, from vocabulary ranks so that they exist in any corpus size and span frequencies. */
export function benchQueries(sampleAuthor: string, sampleSource: string): BenchQuery[] {
  const en = englishVocabulary();
  const zh = chineseVocabulary();
  const han = hanCharacters();
  const w = (rank: number): string => en[rank] ?? '';
  const q = build;
  return [
    q('one word', [{ kind: 'word', text: 'government' }]),
    q('one word', [{ kind: 'word', text: 'the' }]),
    q('one word', [{ kind: 'word', text: 'Café' }]),
    q('one word', [{ kind: 'word', text: w(2000) }]),
    q('one word', [{ kind: 'word', text: w(30000) }]),
    q('several words', [{ kind: 'word', text: 'climate' }, { kind: 'word', text: 'economy' }]),
    q('several words', [{ kind: 'word', text: 'security' }, { kind: 'word', text: 'policy' }, { kind: 'word', text: 'the' }]),
    q('several words', [{ kind: 'word', text: 'government' }, { kind: 'word', text: w(5000) }]),
    q('prefix', [{ kind: 'prefix', text: 'gov' }]),
    q('prefix', [{ kind: 'prefix', text: 'intel' }]),
    q('prefix', [{ kind: 'word', text: 'public' }, { kind: 'prefix', text: 'hea' }]),
    q('prefix', [{ kind: 'prefix', text: w(3000).slice(0, 4) }]),
    q('phrase', [{ kind: 'phrase', words: ['national', 'security'] }]),
    q('phrase', [{ kind: 'phrase', words: ['of', 'the'] }]),
    q('phrase', [{ kind: 'phrase', words: ['supply', 'chain'] }]),
    q('Chinese, 1 character', [{ kind: 'cjk', text: '安' }]),
    q('Chinese, 1 character', [{ kind: 'cjk', text: '的' }]),
    q('Chinese, 1 character', [{ kind: 'cjk', text: han[han.length - 40] ?? '' }]),
    q('Chinese, 2 characters', [{ kind: 'cjk', text: '经济' }]),
    q('Chinese, 2 characters', [{ kind: 'cjk', text: zh.find((x, i) => i > 3000 && x.length === 2) ?? '' }]),
    q('Chinese, 3 characters', [{ kind: 'cjk', text: '图书馆' }]),
    q('Chinese, 3 characters', [{ kind: 'cjk', text: '球治理' }]),
    q('Chinese, 4 characters', [{ kind: 'cjk', text: '人工智能' }]),
    q('Chinese, 4 characters', [{ kind: 'cjk', text: '全球治理' }]),
    q('Chinese, 4 characters', [{ kind: 'cjk', text: '网络安全' }]),
    q('filter', [{ kind: 'field', field: 'author', words: sampleAuthor.split(' ') }]),
    q('filter', [{ kind: 'field', field: 'source', words: sampleSource.split(' ') }]),
    q('filter', [{ kind: 'tag', tag: 'climate' }]),
    q('filter', [{ kind: 'tag', tag: 'history' }, { kind: 'word', text: 'government' }]),
    q('filter', [{ kind: 'field', field: 'author', words: [sampleAuthor.split(' ')[1] ?? ''] }, { kind: 'word', text: 'the' }]),
  ];
}
