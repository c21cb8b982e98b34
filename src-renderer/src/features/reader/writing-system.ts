/**
 * How an article is written: right-to-left or not, and whether it is Chinese, Japanese or Korean (which get their
 * own fonts and line breaking in reader.css). From the article's language when it has one, else from a sample of
 * its text (the title and key terms): mostly Arabic or Hebrew letters is right-to-left, mostly Han, kana or Hangul
 * is CJK (Japanese when there is kana, Korean when Hangul leads).
 */

export type CjkLanguage = 'zh' | 'ja' | 'ko';

export interface WritingSystem {
  dir: 'ltr' | 'rtl';
  /** The CJK language, or null. */
  cjk: CjkLanguage | null;
  /** The language tag to put on the article: its own, else the one detected (zh, ja, ko), else null. */
  lang: string | null;
}

/** Languages written right to left (primary subtags). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
/** Scripts written right to left, when a tag names one (e.g. `az-Arab`). */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg']);

const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const KANA = /[\u3041-\u30ff\u31f0-\u31ff]/u;
const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7af]/u;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{323af}]/u;
const LETTER = /\p{L}/u;

function fromTag(tag: string): { rtl: boolean; cjk: CjkLanguage | null } {
  const parts = tag.toLowerCase().split(/[-_]/);
  const primary = parts[0] ?? '';
  const rtl = RTL_LANGUAGES.has(primary) ? !parts.some((p) => p === 'latn' || p === 'cyrl') : parts.some((p) => RTL_SCRIPTS.has(p));
  const cjk = primary === 'zh' || primary === 'ja' || primary === 'ko' ? primary : null;
  return { rtl, cjk };
}

function fromText(sample: string): { rtl: boolean; cjk: CjkLanguage | null } {
  let letters = 0;
  let rtl = 0;
  let kana = 0;
  let hangul = 0;
  let han = 0;
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (RTL_LETTER.test(ch)) rtl++;
    else if (KANA.test(ch)) kana++;
    else if (HANGUL.test(ch)) hangul++;
    else if (HAN.test(ch)) han++;
  }
  if (letters === 0) return { rtl: false, cjk: null };
  const cjkLetters = kana + hangul + han;
  let cjk: CjkLanguage | null = null;
  if (cjkLetters * 2 > letters) {
    if (hangul >= kana + han / 2) cjk = 'ko';
    else if (kana > 0) cjk = 'ja';
    else cjk = 'zh';
  }
  return { rtl: rtl * 2 > letters, cjk };
}

export function writingSystemOf(language: string | null, sample: string): WritingSystem {
  const known = language ? fromTag(language) : null;
  const seen = fromText(sample);
  // A tag that names neither direction nor CJK (e.g. "und", or missing) leaves it to the text.
  const rtl = known && (known.rtl || known.cjk) ? known.rtl : seen.rtl;
  const cjk = known?.cjk ?? (language && language !== 'und' ? null : seen.cjk);
  return { dir: rtl ? 'rtl' : 'ltr', cjk, lang: language ?? cjk };
}
