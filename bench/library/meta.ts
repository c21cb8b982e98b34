/**
 * Generated article metadata for the library benchmark: what an import would store in `articles` (no body), with
 * realistic spreads: 300 sources, 2,000 authors, 200 tags (0 to 3 an article), English, Chinese and French,
 * published dates over 25 years (a tenth undated), added over 5 years, eight keywords each. Deterministic.
 */
import type { ArticleRecord } from '../../src-renderer/src/data/database';
import { seededRandom } from '../generator/prng';

const WORDS = (
  'river library quiet reading margin paper lamp harbour winter letter garden archive window orchard bridge evening ' +
  'chapter island lantern meadow station compass notebook valley thunder mirror candle journey policy market climate ' +
  'science history language freedom network privacy energy ocean forest migration medicine theory evidence'
).split(' ');
const ZH = '图书馆读书网络历史语言科学城市河流森林海洋能源气候市场政策自由隐私证据理论医学迁移'.split('');

const cap = (word: string) => word[0]!.toUpperCase() + word.slice(1);

export function benchArticle(i: number): ArticleRecord {
  const random = seededRandom(i + 1);
  const int = (n: number) => Math.floor(random() * n);
  const word = () => WORDS[int(WORDS.length)]!;
  const roll = random();
  const language = roll < 0.7 ? 'en' : roll < 0.9 ? 'zh' : 'fr';
  const title =
    language === 'zh'
      ? Array.from({ length: 6 + int(10) }, () => ZH[int(ZH.length)]).join('')
      : `${cap(word())} ${word()} and the ${word()} of ${cap(word())} (${i})`;
  const published = random() < 0.1 ? null : new Date(Date.UTC(2000 + int(25), int(12), 1 + int(28))).toISOString().slice(0, 10);
  const added = new Date(Date.UTC(2021, 0, 1) + int(5 * 365 * 24 * 3600) * 1000).toISOString();
  const tags = [...new Set(Array.from({ length: int(4) }, () => `tag-${int(200)}`))];
  const source = `${cap(word())} ${['Review', 'Weekly', 'Times', 'Journal', 'Notes'][int(5)]} ${int(60)}`;
  return {
    id: `bench-${String(i).padStart(6, '0')}`,
    title,
    author: random() < 0.15 ? null : `${cap(word())} ${cap(word())}-${int(2000)}`,
    source,
    url: `https://example.org/${source.replace(/\W+/g, '-').toLowerCase()}/${i}`,
    publishedAt: published,
    submittedAt: null,
    language,
    tags,
    wordCount: 300 + int(3000),
    contentHash: `h${i.toString(16).padStart(8, '0')}${int(1e9).toString(16)}`,
    keywords: Array.from({ length: 8 }, word),
    originalName: `article-${i}.html`,
    identifier: null,
    addedAt: added,
  };
}
