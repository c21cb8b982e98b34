/**
 * One size: builds the index of `size` corpus articles plus the planted ones, then times "more like this" for a
 * sample of articles (as the engine runs it: the article's text in, five related articles with reasons out) and
 * checks precision@5 on the planted topics.
 */
import { loadavg } from 'node:os';
import { InvertedIndex } from '../../src-shared/search';
import type { BenchArticle } from '../generator/article';
import { lines } from '../search/corpus-reader';
import { latency, type Latency } from '../search/measure';
import { GROUP, plantedArticles, type PlantedArticle } from './topics';

export interface Quality {
  strength: number;
  /** Share of each planted article's five related articles that are of its topic, averaged; per language too. */
  precision: number;
  en: number;
  zh: number;
}

export interface RelatedSizeResult {
  size: number;
  buildMs: number;
  sampled: number;
  all: Latency;
  en: Latency;
  zh: Latency;
  quality: Quality[];
  /** Related articles found per sampled corpus article, on average (0 to 5). */
  meanFound: number;
  /** The five slowest articles timed again: the longest of those times (a pause, or the article's own cost). */
  slowestAgainMs: number;
  /** The system's load average (1 minute) when the timing ended. */
  loadAverage: number;
}

const SAMPLE = 1000;
const WARM_UP = 50;
export const STRENGTHS = [24, 8];

function time(index: InvertedIndex, article: BenchArticle): { ms: number; found: number } {
  const t = performance.now();
  const hits = index.moreLikeThis(article);
  return { ms: performance.now() - t, found: hits.length };
}

function precision(index: InvertedIndex, planted: readonly PlantedArticle[]): { all: number; en: number; zh: number } {
  const topicOf = new Map(planted.map((p) => [p.article.id, p.topic]));
  const sums = { all: [0, 0], en: [0, 0], zh: [0, 0] };
  for (const { article, topic } of planted) {
    const hits = index.moreLikeThis(article).slice(0, GROUP - 1);
    const p = hits.filter((h) => topicOf.get(h.id) === topic).length / (GROUP - 1);
    for (const key of ['all', article.lang] as const) {
      sums[key][0] = (sums[key][0] ?? 0) + p;
      sums[key][1] = (sums[key][1] ?? 0) + 1;
    }
  }
  const mean = ([s = 0, n = 1]: number[]): number => s / n;
  return { all: mean(sums.all), en: mean(sums.en), zh: mean(sums.zh) };
}

export function measureRelated(corpus: string, size: number): RelatedSizeResult {
  const index = new InvertedIndex();
  const sample: BenchArticle[] = [];
  // An odd stride, so that the sample takes English (even numbers) and Chinese (odd) articles alike.
  const every = Math.max(1, Math.floor(size / SAMPLE)) | 1;
  let buildMs = 0;
  for (const line of lines(corpus, size)) {
    const a = JSON.parse(line.text) as BenchArticle;
    const t = performance.now();
    index.add(a);
    buildMs += performance.now() - t;
    if (line.index % every === 0 && sample.length < SAMPLE) sample.push(a);
    if ((line.index + 1) % 20000 === 0) console.log(`  indexed ${line.index + 1} articles`);
  }
  const quality: Quality[] = [];
  for (const strength of STRENGTHS) {
    const planted = plantedArticles(10_000_000, strength);
    for (const p of planted) index.add(p.article);
    index.compact(); // as the stored index is: one segment
    const q = precision(index, planted);
    quality.push({ strength, precision: q.all, en: q.en, zh: q.zh });
    for (const p of planted) index.remove(p.article.id);
  }
  index.compact();
  for (const a of sample.slice(0, WARM_UP)) time(index, a);
  const all: number[] = [];
  const byLang: Record<'en' | 'zh', number[]> = { en: [], zh: [] };
  let found = 0;
  for (const a of sample) {
    const r = time(index, a);
    all.push(r.ms);
    byLang[a.lang].push(r.ms);
    found += r.found;
  }
  const slowest = all
    .map((t, i) => [t, i] as const)
    .sort((x, y) => y[0] - x[0])
    .slice(0, 5)
    .map(([, i]) => time(index, sample[i] as BenchArticle).ms);
  const loadAverage = loadavg()[0] ?? NaN;
  return {
    size,
    buildMs,
    sampled: sample.length,
    all: latency(all),
    en: latency(byLang.en),
    zh: latency(byLang.zh),
    quality,
    meanFound: found / sample.length,
    slowestAgainMs: Math.max(...slowest),
    loadAverage,
  };
}
