/**
 * Tokenizer throughput on the corpus's bodies, per language, in characters per second; and, for comparison,
 * Intl.Segmenter alone on the same English paragraphs (what the ASCII scanner saves).
 */
import { tokenize } from '../../src-shared/search';
import { generateArticle } from '../generator/article';

export interface Throughput {
  englishCharsPerSecond: number;
  chineseCharsPerSecond: number;
  segmenterEnglishCharsPerSecond: number;
}

function rate(texts: readonly string[], work: (text: string) => void): number {
  let chars = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (const t of texts) {
      work(t);
      chars += t.length;
    }
    elapsed = performance.now() - started;
  }
  return chars / (elapsed / 1000);
}

export function tokenizerThroughput(): Throughput {
  const articles = Array.from({ length: 400 }, (_, i) => generateArticle(i));
  const english = articles.filter((a) => a.lang === 'en').map((a) => a.body);
  const chinese = articles.filter((a) => a.lang === 'zh').map((a) => a.body);
  let sink = 0;
  const count = (): void => {
    sink++;
  };
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
  const result = {
    englishCharsPerSecond: rate(english, (t) => tokenize(t, count)),
    chineseCharsPerSecond: rate(chinese, (t) => tokenize(t, count)),
    segmenterEnglishCharsPerSecond: rate(english, (t) => {
      for (const p of t.split('\n')) for (const s of segmenter.segment(p)) if (s.isWordLike) sink++;
    }),
  };
  if (sink < 0) console.log(sink); // keeps the work observable
  return result;
}
