/**
 * The terms of one article, counted, for "more like this" (more-like-this.ts): the index's own tokens of its title
 * (counted TITLE_REPEAT times) and body, keeping only those that can say what it is about: words that are not
 * function words (of any language listed) or numbers, and CJK bigrams that are not two kana of grammar (Japanese
 * particles and endings), hold no Chinese particle and are no pair of a Chinese, Japanese or Korean function word.
 * Single CJK characters are left out; bigrams carry the words. It also keeps how each term was written and the
 * bigrams in order, so that shared terms can be shown as the reader wrote them (bigrams joined back into words).
 */
import { foldString } from '../text/fold';
import { CJK_FUNCTION_BIGRAMS, CJK_STOP_WORDS, FUNCTION_WORDS, KOREAN_STOP_WORDS } from '../text/stop-words';
import { BIGRAM, JOINED, UNIGRAM, WORD, tokenize, type TokenKind } from './tokenize';

/** A title word says more about the article than a body word. */
export const TITLE_REPEAT = 3;
/** Only the start of a very long body is read: its vocabulary is settled long before. */
export const MAX_BODY_CHARS = 100_000;

export interface TermEntry {
  kind: TokenKind;
  /** Occurrences, title ones counted TITLE_REPEAT times. */
  tf: number;
  /** How it was written the first time. */
  surface: string;
  /** Written with capitals inside a body sentence (not at its start): a name ("INTERPOL", "Europe"). */
  proper: string | null;
  /** Written in lower case somewhere. */
  lower: boolean;
}

export interface BigramToken {
  term: string;
  /** Which text (0: title, 1: body) and where in it. */
  text: number;
  position: number;
  start: number;
  end: number;
}

export interface TermVector {
  terms: Map<string, TermEntry>;
  /** Every kept bigram, in the order of the texts. */
  bigrams: BigramToken[];
  texts: [string, string];
}

const DIGITS = /^[\p{N}.,]+$/u;
const isHiragana = (c: number): boolean => c >= 0x3041 && c <= 0x309f;
/**
 * Chinese particles: a bigram with one of them nearly always straddles two words (天的, 的地), so it is never a
 * term of the subject (the few words that contain one, such as 目的, are lost).
 */
const CHINESE_PARTICLES = /[的了着吗呢吧啊]/u;

/** Whether a token of this kind can be one of the terms an article is about. */
export function isTopicalTerm(term: string, kind: TokenKind): boolean {
  if (kind === UNIGRAM || kind === JOINED) return false; // a joined word's parts are its terms
  if (kind === BIGRAM) {
    if (CHINESE_PARTICLES.test(term) || CJK_FUNCTION_BIGRAMS.has(term)) return false;
    return !(isHiragana(term.charCodeAt(0)) && isHiragana(term.charCodeAt(term.length - 1)));
  }
  return term.length >= 2 && !FUNCTION_WORDS.has(term) && !DIGITS.test(term);
}

export function termVector(title: string, body: string | null | undefined): TermVector {
  const texts: [string, string] = [title, (body ?? '').slice(0, MAX_BODY_CHARS)];
  const terms = new Map<string, TermEntry>();
  const bigrams: BigramToken[] = [];
  texts.forEach((text, which) => {
    const repeat = which === 0 ? TITLE_REPEAT : 1;
    tokenize(text, (term, position, kind, start, end) => {
      if (!isTopicalTerm(term, kind)) return;
      const surface = text.slice(start, end);
      let entry = terms.get(term);
      if (entry) entry.tf += repeat;
      else {
        entry = { kind, tf: repeat, surface, proper: null, lower: false };
        terms.set(term, entry);
      }
      if (kind === BIGRAM) bigrams.push({ term, text: which, position, start, end });
      if (kind !== WORD) return;
      const lowered = surface.toLocaleLowerCase();
      if (surface === lowered) entry.lower = true;
      else if (which === 1 && entry.proper === null && !startsSentence(text, start)) entry.proper = surface;
    });
  });
  return { terms, bigrams, texts };
}

const SENTENCE_END = /[.!?:;\u3002\uff01\uff1f"'\u201c\u2018([\u2014-]/u;

/** Nothing but spaces and opening quotes lie between the word and the end of a sentence or the line's start. */
function startsSentence(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charAt(k);
    if (c === '\n') return true;
    if (c === ' ' || c === '\t') continue;
    return SENTENCE_END.test(c);
  }
  return true;
}

const NAME_PAIR = /^[\p{Script=Han}\p{Script=Katakana}\u30fc]{2}$/u;

/**
 * Whether a term names something, in whatever language it is read: a word written with capitals inside a body
 * sentence and never in lower case ("Macron", "INTERPOL"), or a pair of Han or katakana characters (北京, トラ).
 */
export function isNameTerm(term: string, entry: TermEntry): boolean {
  if (entry.kind === BIGRAM) return NAME_PAIR.test(term);
  return entry.kind === WORD && entry.proper !== null && !entry.lower;
}

/** A word of grammar in any language listed: never shown as a reason (a CJK word joined from pairs may be one). */
export function isFunctionWord(shown: string): boolean {
  const folded = foldString(shown);
  return FUNCTION_WORDS.has(folded) || CJK_STOP_WORDS.has(shown) || KOREAN_STOP_WORDS.has(shown);
}

/** How to show a word: as a name when it is one ("INTERPOL", "Europe"), else in lower case. */
export function displayWord(entry: TermEntry): string {
  return entry.proper !== null && !entry.lower ? entry.proper : entry.surface.toLocaleLowerCase();
}

const HIRAGANA_RUN = /[\u3041-\u309f]+/u;

/**
 * Hiragana in a run are particles and endings, not part of the word: the run is cut at them, and the piece with
 * the bigram is shown (地震の揺れ → 地震, が大切で → 大切). Chinese has none: the run is the word.
 */
function wordOf(run: string, term: string): string {
  const pieces = run.split(HIRAGANA_RUN).filter((p) => [...p].length >= 2);
  return pieces.find((p) => p.includes(term)) ?? pieces.find((p) => [...term].some((c) => p.includes(c))) ?? '';
}

/** A CJK word shown from shared bigrams is at most this long; a longer run shows the bigram itself. */
const MAX_JOINED = 6;

/**
 * Shows shared terms (given best first) as the reader wrote them: a word as written; a bigram as the run of
 * shared bigrams it most often stands in (气候 + 候变 + 变化 → 气候变化). Duplicates, and CJK words inside one already shown (or around it), are dropped; order is kept.
 */
export function displayTerms(vector: TermVector, shared: readonly string[], limit: number): string[] {
  const sharedSet = new Set(shared);
  const runOf = bigramRuns(vector, sharedSet);
  const out: string[] = [];
  for (const term of shared) {
    const entry = vector.terms.get(term);
    if (!entry) continue;
    const shown = entry.kind === WORD ? displayWord(entry) : wordOf(runOf.get(term) ?? entry.surface, entry.surface);
    const overlaps = entry.kind !== WORD && out.some((o) => o.includes(shown) || shown.includes(o));
    if ([...shown].length >= 2 && !out.includes(shown) && !overlaps && !isFunctionWord(shown)) out.push(shown);
    if (out.length >= limit) break;
  }
  return out;
}

/** For each shared bigram, the most frequent run of consecutive shared bigrams it is part of (then the longest). */
function bigramRuns(vector: TermVector, shared: ReadonlySet<string>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const list = vector.bigrams;
  let i = 0;
  while (i < list.length) {
    const first = list[i] as BigramToken;
    if (!shared.has(first.term)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const a = list[j] as BigramToken;
      const b = list[j + 1];
      if (!b || b.text !== a.text || b.position !== a.position + 1 || !shared.has(b.term)) break;
      j++;
    }
    const last = list[j] as BigramToken;
    const run = (vector.texts[first.text] ?? '').slice(first.start, last.end);
    for (let k = i; k <= j; k++) {
      const term = (list[k] as BigramToken).term;
      const shown = [...run].length <= MAX_JOINED ? run : term;
      const byRun = counts.get(term) ?? new Map<string, number>();
      byRun.set(shown, (byRun.get(shown) ?? 0) + 1);
      counts.set(term, byRun);
    }
    i = j + 1;
  }
  const best = new Map<string, string>();
  for (const [term, byRun] of counts) {
    const [run] = [...byRun.entries()].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0] ?? [term];
    best.set(term, run);
  }
  return best;
}
