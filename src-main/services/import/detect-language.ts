/**
 * The language of a text: the declared one when there is one, else a guess from the writing system. Latin text is
 * called English only when English function words are frequent; other Latin-script languages stay unknown (null).
 */
import { canonicalLanguageTag } from '../../../src-shared/article/language-tag';
import { ENGLISH_MARKER_WORDS } from '../../../src-shared/text/stop-words';

const SAMPLE_LENGTH = 20_000;

type Script = 'han' | 'kana' | 'hangul' | 'arabic' | 'hebrew' | 'cyrillic' | 'latin';

const SCRIPTS: ReadonlyArray<[Script, RegExp]> = [
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['latin', /\p{Script=Latin}/u],
];

const ALPHABETS: ReadonlySet<Script> = new Set(['latin', 'cyrillic', 'arabic', 'hebrew']);

function countScripts(text: string): Map<Script, number> {
  const counts = new Map<Script, number>();
  for (const char of text.slice(0, SAMPLE_LENGTH)) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0];
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return counts;
}

function looksEnglish(text: string): boolean {
  const words = text.slice(0, SAMPLE_LENGTH).toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
  if (words.length === 0) return false;
  const markers = words.filter((word) => ENGLISH_MARKER_WORDS.has(word)).length;
  return markers >= Math.min(2, words.length) && markers / words.length >= 0.15;
}

export function detectLanguage(text: string, declared: string | null | undefined): string | null {
  const canonical = canonicalLanguageTag(declared);
  if (canonical) return canonical;
  const counts = countScripts(text);
  const count = (script: Script): number => counts.get(script) ?? 0;
  const cjk = count('han') + count('kana');
  // Letters of alphabets carry less than one syllabic or ideographic character: weigh them about like words.
  const weight = (script: Script, n: number): number => (ALPHABETS.has(script) ? n / 4 : n);
  const ranked = [...counts.entries()].sort((a, b) => weight(b[0], b[1]) - weight(a[0], a[1]));
  const top = ranked[0]?.[0];
  if (top === undefined) return null;
  if (top === 'han' || top === 'kana') return count('kana') >= cjk * 0.05 ? 'ja' : 'zh';
  if (top === 'hangul') return 'ko';
  if (top === 'arabic') return 'ar';
  if (top === 'hebrew') return 'he';
  if (top === 'cyrillic') return 'ru';
  return looksEnglish(text) ? 'en' : null;
}
