/**
 * Stop words, one list per language, for every use: keywords at import, the language guess, and the terms of
 * "more like this". Add a language as a file beside these and a line in STOP_WORDS.
 */
import { foldString } from '../fold';
import { ARABIC_STOP_WORDS } from './ar';
import { CZECH_STOP_WORDS } from './cs';
import { KOREAN_STOP_WORDS } from './ko';
import { POLISH_STOP_WORDS } from './pl';
import { RUSSIAN_STOP_WORDS } from './ru';
import { DUTCH_STOP_WORDS } from './nl';
import { ENGLISH_STOP_WORDS } from './en';
import { FRENCH_STOP_WORDS } from './fr';
import { GERMAN_STOP_WORDS } from './de';
import { ITALIAN_STOP_WORDS } from './it';
import { JAPANESE_STOP_WORDS } from './ja';
import { PORTUGUESE_STOP_WORDS } from './pt';
import { SPANISH_STOP_WORDS } from './es';
import { CHINESE_STOP_WORDS } from './zh';

export { ENGLISH_MARKER_WORDS, ENGLISH_STOP_WORDS } from './en';
export { JAPANESE_STOP_WORDS } from './ja';
export { CHINESE_STOP_WORDS } from './zh';
export { KOREAN_STOP_WORDS } from './ko';
export { LANGUAGE_MARKERS } from './markers';

/** By primary language subtag. */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: ENGLISH_STOP_WORDS,
  fr: FRENCH_STOP_WORDS,
  es: SPANISH_STOP_WORDS,
  pt: PORTUGUESE_STOP_WORDS,
  de: GERMAN_STOP_WORDS,
  it: ITALIAN_STOP_WORDS,
  nl: DUTCH_STOP_WORDS,
  cs: CZECH_STOP_WORDS,
  pl: POLISH_STOP_WORDS,
  ru: RUSSIAN_STOP_WORDS,
  ar: ARABIC_STOP_WORDS,
  zh: CHINESE_STOP_WORDS,
  ja: JAPANESE_STOP_WORDS,
  ko: KOREAN_STOP_WORDS,
};

/** A list folded as the search index folds words, with the parts of words written with an apostrophe (don + t). */
function indexForms(list: ReadonlySet<string>): string[] {
  return [...list].map(foldString).flatMap((word) => (word.includes("'") ? [word, ...word.split("'")] : [word])).filter(Boolean);
}

/**
 * Each language's function words as the index holds them, all of them: for text known to be in that language
 * ("jest" is Polish for "is", whatever English makes of it).
 */
export const INDEXED_STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(STOP_WORDS).map(([code, list]) => [code, new Set(indexForms(list))]),
);

/** Chinese and Japanese function words together, for text whose CJK language is not known. */
export const CJK_STOP_WORDS: ReadonlySet<string> = new Set([...CHINESE_STOP_WORDS, ...JAPANESE_STOP_WORDS]);

/**
 * Function words of one language that are content words (or names) in English: a list meant for text whose
 * language is not known must keep them ("war" is German for "was", "MIT" a university, "sea" Spanish for "be",
 * "pro" Czech for "for", "jest" Polish for "is").
 */
const ENGLISH_CONTENT_WORDS = new Set([
  'war', 'hat', 'man', 'mit', 'door', 'era', 'sea', 'sin', 'son', 'ton', 'die', 'uber',
  'pro', 'ten', 'pod', 'ale', 'co', 'ano', 'tom', 'ma', 'po', 'go', 'jest', 'nic', 'tam', 'kam', 'asi',
]);

const SPACED = [
  ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, SPANISH_STOP_WORDS, PORTUGUESE_STOP_WORDS, GERMAN_STOP_WORDS, ITALIAN_STOP_WORDS,
  DUTCH_STOP_WORDS, CZECH_STOP_WORDS, POLISH_STOP_WORDS, RUSSIAN_STOP_WORDS, ARABIC_STOP_WORDS,
];

/**
 * The function words of every language written with spaces, folded as the search index folds its words, with the
 * parts of those written with an apostrophe (the index's words: "don't" is don + t), for text whose language is
 * not known (the terms of "more like this"): "les", "des", "und", "los", "że", "что" and "في" never make two
 * articles alike.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  SPACED.flatMap(indexForms).filter((word) => ENGLISH_STOP_WORDS.has(word) || !ENGLISH_CONTENT_WORDS.has(word)),
);

/**
 * Every pair of neighbouring characters of the Chinese, Japanese and Korean function words: the index reads these
 * scripts as characters and pairs, so a pair of one of them (他们, 에서, 하지 of 하지만) is never a term of a subject.
 */
export const CJK_FUNCTION_BIGRAMS: ReadonlySet<string> = new Set(
  [CHINESE_STOP_WORDS, JAPANESE_STOP_WORDS, KOREAN_STOP_WORDS].flatMap((list) =>
    [...list].flatMap((word) => {
      const chars = [...word];
      return chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
    }),
  ),
);
