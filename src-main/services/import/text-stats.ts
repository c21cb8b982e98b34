/**
 * Pure measures of an article's plain text: its normal form, word count, content hash, keywords and language.
 * Nothing here touches files or the DOM.
 */
import { createHash } from 'node:crypto';
import { CJK_STOP_WORDS, ENGLISH_STOP_WORDS } from '../../../src-shared/text/stop-words';
import { normaliseText } from '../../../src-shared/text/normalise';
import { forEachWordOf } from '../../../src-shared/text/words';

export { detectLanguage } from './detect-language';
export { normaliseText } from '../../../src-shared/text/normalise';

const KEYWORD_COUNT = 24;
/** Words as a reader would count them (Chinese and Japanese by dictionary words, not characters). */
export function countWords(text: string): number {
  let count = 0;
  forEachWordOf(text, () => {
    count += 1;
  });
  return count;
}

/** SHA-256 (hex) of the normalised text: the same article imported twice has the same hash. */
export function contentHash(text: string, alreadyNormalised = false): string {
  return createHash('sha256').update(alreadyNormalised ? text : normaliseText(text), 'utf8').digest('hex');
}

const CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAS_DIGIT = /\p{N}/u;
/**
 * CJK words that are never characteristic of a text: Japanese words in hiragana alone (particles and endings the
 * segmenter leaves whole: `による`, `すると`), Chinese numbers (`二十`), and a character with its particle (`换了`).
 */
const CJK_NON_TERM = /^(?:[\p{Script=Hiragana}ー]+|[零〇一二三四五六七八九十百千万亿两]+|\p{Script=Han}[了的着过地得])$/u;

function isCandidate(word: string, cjkLanguage: boolean): boolean {
  if (HAS_DIGIT.test(word) && !/\p{L}{3}/u.test(word)) return false;
  if (CJK_WORD.test(word)) return cjkLanguage && word.length >= 2 && !CJK_STOP_WORDS.has(word) && !CJK_NON_TERM.test(word);
  return word.length >= 3 && !ENGLISH_STOP_WORDS.has(word) && !/^\p{N}+$/u.test(word);
}

export interface WordStats {
  wordCount: number;
  keywords: string[];
}

/** Word count and keywords in one pass of the segmenter (the expensive part on long texts). */
export function wordStats(text: string, language: string | null): WordStats {
  const cjkLanguage = /^(zh|ja)\b/i.test(language ?? '') || language === null;
  const counts = new Map<string, number>();
  let wordCount = 0;
  forEachWordOf(text, (segment) => {
    wordCount += 1;
    const word = segment.toLowerCase().replace(/^'+|'+$/g, '').replace(/'s$/, '');
    if (isCandidate(word, cjkLanguage)) counts.set(word, (counts.get(word) ?? 0) + 1);
  });
  const keywords = [...counts.entries()]
    .map(([word, count], order) => ({ word, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, KEYWORD_COUNT)
    .map((entry) => entry.word);
  return { wordCount, keywords };
}

/** About two dozen characteristic terms of the text, the most frequent first (ties: first seen first). */
export function extractKeywords(text: string, language: string | null): string[] {
  return wordStats(text, language).keywords;
}
