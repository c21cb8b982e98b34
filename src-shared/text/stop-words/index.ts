/**
 * Stop words, one list per language, for every use: keywords at import, the language guess, and the terms of
 * "more like this". Add a language as a file beside these and a line in STOP_WORDS.
 */
import { ENGLISH_STOP_WORDS } from './en';
import { JAPANESE_STOP_WORDS } from './ja';
import { CHINESE_STOP_WORDS } from './zh';

export { ENGLISH_MARKER_WORDS, ENGLISH_STOP_WORDS } from './en';
export { JAPANESE_STOP_WORDS } from './ja';
export { CHINESE_STOP_WORDS } from './zh';

/** By primary language subtag. */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: ENGLISH_STOP_WORDS,
  zh: CHINESE_STOP_WORDS,
  ja: JAPANESE_STOP_WORDS,
};

/** Chinese and Japanese function words together, for text whose CJK language is not known. */
export const CJK_STOP_WORDS: ReadonlySet<string> = new Set([...CHINESE_STOP_WORDS, ...JAPANESE_STOP_WORDS]);
