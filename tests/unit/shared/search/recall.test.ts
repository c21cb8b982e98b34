import { describe, expect, it } from 'vitest';
import { foldString, InvertedIndex, type SearchDocument } from '../../../../src-shared/search';

/** A small seeded generator: English-like words (some accented), Chinese text, authors, sources and tags. */
function corpus(count: number): SearchDocument[] {
  let seed = 42;
  const rand = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * rand() * list.length)] as T; // skewed
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'zen', 'por', 'tal', 'gri'];
  const words = ['security', 'policy', 'government', 'café', 'Cafe', 'naïve', 'Résumé', 'kalo', 'sami', 'zenpor'];
  words.push('LWN.net', 'LWN', 'U.S.', 'US', 'e-mail', 'email', "Trump's", 'trump', 'l’homme', 'homme');
  for (let i = 0; i < 300; i++) words.push(syllables[i % 12]! + syllables[(i * 7 + 1) % 12]! + (i % 3 ? syllables[(i * 5) % 11]! : ''));
  const han = ['的', '国', '安全', '全球', '治理', '网络', '经济', '发展', '政策', '技术', '中', '世界', '人工智能'];
  han.push('重要', '组成', '部分', '加强', '共同', '应对', '挑战', '体系', '改革', '人', '全球治理');
  const sentence = (): string => Array.from({ length: 5 + Math.floor(rand() * 10) }, () => pick(words)).join(' ') + '. ';
  const chinese = (): string => Array.from({ length: 10 + Math.floor(rand() * 20) }, () => pick(han)).join('') + '。';
  const authors = ['Jane Doe', 'John Smith', 'Li Wei', 'Ann Doe', 'Zoë Brown'];
  const sources = ['The Times', 'Daily Post', '人民日报', 'Weekly'];
  const tags = ['history', 'Politics', 'open access', 'science'];
  return Array.from({ length: count }, (_, i) => ({
    id: `doc${i}`,
    title: sentence(),
    author: rand() < 0.9 ? pick(authors) : null,
    source: pick(sources),
    body: Array.from({ length: 3 + Math.floor(rand() * 6) }, () => (rand() < 0.3 ? chinese() : sentence())).join('\n\n'),
    notes: rand() < 0.2 ? sentence() : null,
    tags: tags.filter(() => rand() < 0.3),
  }));
}

const W = '[\\p{L}\\p{N}_]';
const wordRe = (w: string, prefix = false): RegExp => new RegExp(`(?<!${W})${w}${prefix ? '' : `(?!${W})`}`, 'u');
const phraseRe = (ws: string[]): RegExp => new RegExp(`(?<!${W})${ws.join(`[^\\p{L}\\p{N}_]+`)}(?!${W})`, 'u');
const textOf = (d: SearchDocument): string[] =>
  [d.title, d.author, d.source, d.body, d.notes as string | null].map((t) => foldString(t ?? ''));

/** A scan of every document that knows nothing of the index: regular expressions and substrings. */
type Check = (d: SearchDocument) => boolean;
const any = (re: RegExp): Check => (d) => textOf(d).some((t) => re.test(t));
const sub = (s: string): Check => (d) => textOf(d).some((t) => t.includes(s));
const author = (re: RegExp): Check => (d) => re.test(foldString(d.author ?? ''));
const tag = (t: string): Check => (d) => (d.tags ?? []).some((x) => foldString(x) === t);
const all = (...checks: Check[]): Check => (d) => checks.every((c) => c(d));

const QUERIES: [string, Check][] = [
  ['security ', any(wordRe('security'))],
  ['cafe ', any(wordRe('cafe'))],
  ['CAFÉ ', any(wordRe('cafe'))],
  ['naive resume ', all(any(wordRe('naive')), any(wordRe('resume')))],
  ['kalo ', any(wordRe('kalo'))],
  ['kalo sami ', all(any(wordRe('kalo')), any(wordRe('sami')))],
  ['ka', any(wordRe('ka', true))],
  ['zenpor', any(wordRe('zenpor', true))],
  ['policy gov', all(any(wordRe('policy')), any(wordRe('gov', true)))],
  ['"kalo kalo"', any(phraseRe(['kalo', 'kalo']))],
  ['"security policy"', any(phraseRe(['security', 'policy']))],
  ['安', sub('安')],
  ['的', sub('的')],
  ['安全', sub('安全')],
  ['国安', sub('国安')],
  ['全球治理', sub('全球治理')],
  ['的的的', sub('的的的')],
  ['人民日报', sub('人民日报')],
  ['author:doe', author(wordRe('doe'))],
  ['author:"jane doe"', author(phraseRe(['jane', 'doe']))],
  ['author:zoe security ', all(author(wordRe('zoe')), any(wordRe('security')))],
  ['tag:politics', tag('politics')],
  // Words in parts: every part is a word to the scan as to the index.
  ['lwn ', any(wordRe('lwn'))],
  ['net ', any(wordRe('net'))],
  ['trump ', any(wordRe('trump'))],
  ['homme ', any(wordRe('homme'))],
  ['lwn kalo', all(any(wordRe('lwn')), any(wordRe('kalo', true)))],
  // And the parts run together: "US" is also "U.S.", "email" also "e-mail".
  ['us ', any(/(?<![\p{L}\p{N}_])(us|u\.s)(?![\p{L}\p{N}_])/u)],
  ['u.s. ', any(/(?<![\p{L}\p{N}_])(us|u\.s)(?![\p{L}\p{N}_])/u)],
  ['email ', any(/(?<![\p{L}\p{N}_])(email|e-mail)(?![\p{L}\p{N}_])/u)],
  ['e-mail ', any(/(?<![\p{L}\p{N}_])(email|e[^\p{L}\p{N}_]+mail)(?![\p{L}\p{N}_])/u)],
  ['tag:"open access" 安全', all(tag('open access'), sub('安全'))],
];

describe('recall against a brute-force scan', () => {
  const docs = corpus(400);
  const index = new InvertedIndex({ flushDocs: 64, mergeFactor: 3 });
  for (const d of docs) index.add(d);

  it.each(QUERIES)('%s finds exactly the documents the scan finds', (query, check) => {
    const expected = docs.filter(check).map((d) => d.id).sort();
    expect(expected.length).toBeGreaterThan(0); // the query set only asks for things the corpus has
    const found = index.search(query, { limit: Infinity }).hits.map((h) => h.id).sort();
    expect(found).toEqual(expected);
  });
});
