/**
 * Stop words, one list per language, for every use: keywords at import, the language guess, and the terms of
 * "more like this". Add a language as a file beside these and a line in STOP_WORDS.
 */
import { foldString } from '../fold';
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

/** By primary language subtag. */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: ENGLISH_STOP_WORDS,
  fr: FRENCH_STOP_WORDS,
  es: SPANISH_STOP_WORDS,
  pt: PORTUGUESE_STOP_WORDS,
  de: GERMAN_STOP_WORDS,
  it: ITALIAN_STOP_WORDS,
  nl: DUTCH_STOP_WORDS,
  zh: CHINESE_STOP_WORDS,
  ja: JAPANESE_STOP_WORDS,
};

/** Chinese and Japanese function words together, for text whose CJK language is not known. */
export const CJK_STOP_WORDS: ReadonlySet<string> = new Set([...CHINESE_STOP_WORDS, ...JAPANESE_STOP_WORDS]);

/**
 * Function words of one language that are content words (or names) in English: a list meant for text whose
 * language is not known must keep them ("war" is German for "was", "MIT" a university, "sea" Spanish for "be").
 */
const ENGLISH_CONTENT_WORDS = new Set(['war', 'hat', 'man', 'mit', 'door', 'era', 'sea', 'sin', 'son', 'ton', 'die', 'uber']);

/**
 * The function words of every Latin-script language listed, folded as the search index folds its words, for text
 * whose language is not known (the terms of "more like this"): "les", "des", "und" and "los" never make two
 * articles alike.
 */
export const LATIN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, SPANISH_STOP_WORDS, PORTUGUESE_STOP_WORDS, GERMAN_STOP_WORDS, ITALIAN_STOP_WORDS, DUTCH_STOP_WORDS]
    .flatMap((list) => [...list].map(foldString))
    .filter((word) => ENGLISH_STOP_WORDS.has(word) || !ENGLISH_CONTENT_WORDS.has(word)),
);
