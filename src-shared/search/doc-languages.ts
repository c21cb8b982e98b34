/**
 * The language of each article, guessed from the index itself (no other store): the language whose markers
 * (LANGUAGE_MARKERS, its commonest words) the article's title and body use most, at least MIN_MARKERS times;
 * else unknown. Read once per segment from the markers' postings and kept while the segment lives (a segment's
 * documents never change). "More like this" uses it to weigh terms within a language and to relate articles of
 * different languages only through names.
 */
import { TITLE_BODY_MASK } from './fields';
import { INDEXED_STOP_WORDS, LANGUAGE_MARKERS } from '../text/stop-words';
import { PostingCursor } from './posting-cursor';
import { docCount, findTerm, type Segment } from './segment';
import { tokenize } from './tokenize';

/** Language codes, in the order of their numbers (1 and up; 0 is unknown). */
export const LANGUAGES: readonly string[] = Object.keys(LANGUAGE_MARKERS);
export const UNKNOWN_LANGUAGE = 0;
/** Fewer marker words than this (a short note, a list of names) leave the language unknown. */
export const MIN_MARKERS = 3;

const markerLanguages = new Map<string, number[]>();
LANGUAGES.forEach((code, k) => {
  for (const m of LANGUAGE_MARKERS[code] ?? []) markerLanguages.set(m, [...(markerLanguages.get(m) ?? []), k + 1]);
});

/** The language number with the most markers (counts indexed by language number), or unknown. */
function bestOf(counts: ArrayLike<number>, at = 0): number {
  let best = UNKNOWN_LANGUAGE;
  let most = MIN_MARKERS - 1;
  for (let l = 1; l <= LANGUAGES.length; l++) {
    const c = counts[at + l] ?? 0;
    if (c > most) {
      most = c;
      best = l;
    }
  }
  return best;
}

const cache = new WeakMap<Segment, Uint8Array>();

/** The language number of each document of the segment. */
export function segmentLanguages(seg: Segment): Uint8Array {
  const known = cache.get(seg);
  if (known) return known;
  const n = docCount(seg);
  const stride = LANGUAGES.length + 1;
  const counts = new Uint32Array(n * stride);
  for (const [marker, languages] of markerLanguages) {
    const t = findTerm(seg, marker);
    if (t < 0) continue;
    const c = new PostingCursor(seg, t);
    while (c.next()) {
      const tf = c.tfIn(TITLE_BODY_MASK);
      for (const l of languages) counts[c.doc * stride + l] = (counts[c.doc * stride + l] ?? 0) + tf;
    }
  }
  const out = new Uint8Array(n);
  for (let d = 0; d < n; d++) out[d] = bestOf(counts, d * stride);
  cache.set(seg, out);
  return out;
}

/** The language number of a text, by the same markers, read with the index's tokenizer. */
export function textLanguage(...texts: string[]): number {
  const counts = new Uint32Array(LANGUAGES.length + 1);
  for (const text of texts) {
    tokenize(text, (term) => {
      const languages = markerLanguages.get(term);
      if (languages) for (const l of languages) counts[l] = (counts[l] ?? 0) + 1;
    });
  }
  return bestOf(counts);
}

/** Per segment: documents of each language, and of each term asked for, per language (see languageDf). */
interface SegmentCounts {
  docs: Uint32Array;
  terms: Map<number, Uint32Array>;
}
const counted = new WeakMap<Segment, SegmentCounts>();

function countsOf(seg: Segment): SegmentCounts {
  let c = counted.get(seg);
  if (!c) {
    const docs = new Uint32Array(LANGUAGES.length + 1);
    for (const l of segmentLanguages(seg)) docs[l] = (docs[l] ?? 0) + 1;
    c = { docs, terms: new Map() };
    counted.set(seg, c);
  }
  return c;
}

/**
 * Documents of language `lang` in the segments. Like the index's document frequencies, it counts a segment's
 * removed documents until the segment is merged away.
 */
export function languageDocs(segs: readonly Segment[], lang: number): number {
  return segs.reduce((sum, seg) => sum + (countsOf(seg).docs[lang] ?? 0), 0);
}

/**
 * Documents of language `lang` that hold the term (its index in each segment, -1 when absent), counted as
 * languageDocs counts. A term's counts are read once per segment (a walk of its postings) and kept.
 */
export function languageDf(segs: readonly Segment[], inSegment: Int32Array, lang: number): number {
  let count = 0;
  segs.forEach((seg, s) => {
    const t = inSegment[s] ?? -1;
    if (t < 0) return;
    const { terms } = countsOf(seg);
    let perLanguage = terms.get(t);
    if (!perLanguage) {
      perLanguage = new Uint32Array(LANGUAGES.length + 1);
      const langs = segmentLanguages(seg);
      const c = new PostingCursor(seg, t);
      while (c.next()) {
        const l = langs[c.doc] ?? UNKNOWN_LANGUAGE;
        perLanguage[l] = (perLanguage[l] ?? 0) + 1;
      }
      terms.set(t, perLanguage);
    }
    count += perLanguage[lang] ?? 0;
  });
  return count;
}

/** The source's language, for the per-language cut of terms. */
export interface SourceLanguage {
  /** Its number (doc-languages.ts). */
  lang: number;
  /** Live articles of that language. */
  docs: number;
  /** All its function words, as the index holds them (some are English words, kept for text of no known language). */
  stopWords: ReadonlySet<string>;
}

/** The language of an article's text (`title`, `body`) with what "more like this" needs of it; null when unknown. */
export function sourceLanguage(segs: readonly Segment[], title: string, body: string): SourceLanguage | null {
  const lang = textLanguage(title, body);
  if (lang === UNKNOWN_LANGUAGE) return null;
  return { lang, docs: languageDocs(segs, lang), stopWords: INDEXED_STOP_WORDS[LANGUAGES[lang - 1] ?? ''] ?? new Set() };
}
