/**
 * Articles planted on known topics, to check that related articles find each other: TOPICS topics (half English,
 * half Chinese), GROUP articles each. An article is a generated one (bench/generator/, numbered past the corpus)
 * with words of its topic put into its text at random places: `strength` of them, drawn from 8 of the topic's 12
 * words, so two articles of a topic share some of its words but not all. Titles, authors, sources and tags stay
 * the generator's (random), so only the text can group them.
 */
import { generateArticle, type BenchArticle } from '../generator/article';
import { int, pick, seededRandom, type Random } from '../generator/prng';
import { chineseVocabulary, englishVocabulary } from '../generator/vocabulary';

export const TOPICS = 20;
export const GROUP = 6;
const TOPIC_WORDS = 12;
const WORDS_PER_ARTICLE = 8;

export interface PlantedArticle {
  article: BenchArticle;
  topic: number;
}

function topicWords(r: Random, vocabulary: readonly string[], from: number, to: number): string[] {
  const words = new Set<string>();
  while (words.size < TOPIC_WORDS) words.add(vocabulary[int(r, from, to)] as string);
  return [...words];
}

function insertEnglish(r: Random, body: string, words: readonly string[], count: number): string {
  const tokens = body.split(' ');
  for (let k = 0; k < count; k++) tokens.splice(int(r, 0, tokens.length), 0, pick(r, words));
  return tokens.join(' ');
}

function insertChinese(r: Random, body: string, words: readonly string[], count: number): string {
  const sentences = body.split('。');
  for (let k = 0; k < count; k++) {
    const i = int(r, 0, sentences.length - 1);
    sentences[i] = `${sentences[i] ?? ''}${pick(r, words)}`;
  }
  return sentences.join('。');
}

/** The planted articles, numbered from `firstNumber` (past the corpus, so their ids are new). */
export function plantedArticles(firstNumber: number, strength: number): PlantedArticle[] {
  const en = englishVocabulary();
  const zh = chineseVocabulary();
  const r = seededRandom(4242);
  const out: PlantedArticle[] = [];
  for (let topic = 0; topic < TOPICS; topic++) {
    const english = topic % 2 === 0;
    // Ranks 2,000 to 40,000 (English) and 1,000 to 15,000 (Chinese): words most articles do not have.
    const words = english ? topicWords(r, en, 2000, 40000) : topicWords(r, zh, 1000, 15000);
    for (let k = 0; k < GROUP; k++) {
      // An English topic gets even article numbers (English articles), a Chinese one odd numbers.
      const n = firstNumber + (topic * GROUP + k) * 2 + (english ? 0 : 1);
      const base = generateArticle(n);
      const subset = [...words].sort(() => r() - 0.5).slice(0, WORDS_PER_ARTICLE);
      const body = english ? insertEnglish(r, base.body, subset, strength) : insertChinese(r, base.body, subset, strength);
      out.push({ article: { ...base, body }, topic });
    }
  }
  return out;
}
