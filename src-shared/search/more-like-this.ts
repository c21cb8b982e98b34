/**
 * "More like this" over the inverted index: the articles most like a given one, and why.
 *
 * 1. The article's terms (term-vector.ts) are weighted by TF-IDF: (1 + ln tf) × idf, the idf taken from the
 *    index, so it follows the library. The best MAX_TERMS that some other article has, and that at most
 *    MAX_DF_SHARE of the articles have, become the query; from a long article, only terms it repeats.
 * 2. The query runs as a weighted OR over the title and body of every article: each matching term adds its weight
 *    × its BM25F score in that article. The sum, divided by the most the article's own best terms (shared or not)
 *    could give (every term saturated), is the text similarity, between 0 and 1; it is scaled down for articles
 *    much longer than the average (lengthFactor).
 * 3. Metadata multiplies the text similarity: × (1 + sameAuthor + sameSource + sharedTag per shared tag, up to
 *    maxTags), so the text decides and metadata breaks near ties. The same author and a shared tag also add a small
 *    `floor`, so that such an article is related even with no text in common (after those with text in common).
 *    The same author or source means the field holds exactly the same tokens (from the index, no other store).
 * 4. Languages (doc-languages.ts): a term in more than MAX_DF_SHARE of the articles of the source's language weighs
 *    nothing (retrieved, isbn, 他们 in a library of Wikipedia pages), and an article in another language than the
 *    source's is related only through names (isNameTerm: Macron, 北京) besides the same author or tags: French and
 *    Spanish share "information", "international" and many more, which say nothing.
 * An article qualifies with the same author, a shared tag, or a similarity of at least MIN_SIMILARITY from two
 * pieces of evidence: two shared terms, or one and the same source (a source alone says little: a big one has
 * thousands of articles). Never the article itself, never a deleted one. The cost is the postings of about thirty
 * terms: milliseconds at 10,000 articles.
 */
import { languageDf, segmentLanguages, sourceLanguage, UNKNOWN_LANGUAGE, type SourceLanguage } from './doc-languages';
import { FIELD_COUNT, FIELDS, TAG_FIELD, TITLE_BODY_MASK, type SearchDocument } from './fields';
import { PostingCursor } from './posting-cursor';
import { bm25f, idf, type Scoring } from './scoring';
import { tagTerm } from './segment-builder';
import { locateTerm } from './prepare';
import { docCount, fieldLength, idMap, type Segment } from './segment';
import { displayTerms, isNameTerm, MAX_BODY_CHARS, termVector, type TermVector } from './term-vector';
import { TopK } from './top-k';
import { tokenList, tokenize } from './tokenize';

export interface RelatedWeights {
  /** Boosts of the text similarity (which is multiplied by 1 + their sum). */
  sameAuthor: number;
  sameSource: number;
  /** Per shared tag, up to maxTags of them. */
  sharedTag: number;
  maxTags: number;
  /** Added for the same author, and per shared tag (up to maxTags). */
  authorFloor: number;
  tagFloor: number;
}

export const DEFAULT_RELATED_WEIGHTS: RelatedWeights = {
  sameAuthor: 0.3,
  sameSource: 0.15,
  sharedTag: 0.15,
  maxTags: 3,
  authorFloor: 0.03,
  tagFloor: 0.01,
};

export interface MoreLikeThisOptions {
  limit?: number;
  /** Query terms (at most 32). */
  maxTerms?: number;
  minSimilarity?: number;
  weights?: RelatedWeights;
  /** Terms more than this share of the articles have are not asked (default MAX_DF_SHARE). */
  maxDfShare?: number;
  /** Shared terms returned per hit. */
  shownTerms?: number;
}

export const RELATED_LIMIT = 5;
export const MAX_TERMS = 32;
export const MIN_SIMILARITY = 0.06;
/** A term more than this share of the articles have (and more than two) says nothing of a subject. */
export const MAX_DF_SHARE = 0.5;
/** An article related by its text alone shares at least this many of the query's terms. */
export const MIN_SHARED_TERMS = 2;

export interface RelatedHit {
  id: string;
  score: number;
  /** Text similarity, 0 to 1. */
  similarity: number;
  /** The query terms this article has, best first, as the target article writes them. */
  sharedTerms: string[];
  sameAuthor: boolean;
  sameSource: boolean;
  /** The target's tags this article has too, as the target writes them. */
  sharedTags: string[];
}

export interface QueryTerm {
  term: string;
  weight: number;
  idf: number;
  /** The term's index in each segment, or -1. */
  inSegment: Int32Array;
  /** A name (isNameTerm): what relates articles of different languages. */
  name: boolean;
}


const AUTHOR = FIELDS.indexOf('author');
const BODY = FIELDS.indexOf('body');
const SOURCE = FIELDS.indexOf('source');


/** The query, and the most the article's own profile could score: see `selectTerms`. */
export interface SelectedTerms {
  query: QueryTerm[];
  /** Σ weight × idf × (k1 + 1) over the article's best terms, shared or not: a similarity of 1. */
  profileMass: number;
}

/**
 * The query: the article's best terms by TF-IDF that another article has (and not most of them). The similarity
 * is measured against the article's best terms whether others have them or not, so that an article sharing only
 * a few common words with the library (一个, 可以) is not "similar" because those are all it could share.
 */
export function selectTerms(
  segs: readonly Segment[],
  vector: TermVector,
  docs: number,
  selfCount: number,
  maxTerms: number,
  k1: number,
  maxDfShare = MAX_DF_SHARE,
  language: SourceLanguage | null = null,
): SelectedTerms {
  const n = Math.min(maxTerms, MAX_TERMS);
  const shared: QueryTerm[] = [];
  const own: number[] = [];
  const all = [...vector.terms];
  const repeated = all.filter(([, entry]) => entry.tf >= 2);
  // A long article has enough terms it repeats: a word it uses once says little of it (Lucene's minTermFreq).
  for (const [term, entry] of repeated.length >= 2 * n ? repeated : all) {
    if (language?.stopWords.has(term)) continue;
    const { inSegment, df } = locateTerm(segs, term);
    if (df > Math.max(2, docs * maxDfShare)) continue;
    const inLanguage = language ? Math.max(2, language.docs * maxDfShare) : Infinity;
    if (language && df > inLanguage && languageDf(segs, inSegment, language.lang) > inLanguage) continue;
    const termIdf = idf(Math.max(docs, 1), Math.max(df, selfCount));
    const weight = (1 + Math.log(entry.tf)) * termIdf;
    own.push(weight * termIdf * (k1 + 1));
    if (df - selfCount > 0) shared.push({ term, weight, idf: termIdf, inSegment, name: isNameTerm(term, entry) });
  }
  shared.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  own.sort((a, b) => b - a);
  return { query: shared.slice(0, n), profileMass: own.slice(0, n).reduce((sum, m) => sum + m, 0) };
}

/** A field's exact value as the index holds it: its distinct terms, and its length in positions. */
function fieldKey(segs: readonly Segment[], value: string | null | undefined) {
  if (!value || value.trim() === '') return null;
  const length = tokenize(value, () => undefined);
  const terms = [...new Set(tokenList(value).map((t) => t.term))];
  if (terms.length === 0) return null;
  return { length, located: terms.map((t) => locateTerm(segs, t).inSegment) };
}

/** Marks (bit `flag` in `flags`) the documents whose `field` holds exactly the tokens of `key`. */
function markSameField(
  seg: Segment,
  s: number,
  key: ReturnType<typeof fieldKey>,
  field: number,
  flag: number,
  flags: Uint8Array,
): void {
  if (!key || key.located.some((inSegment) => (inSegment[s] ?? -1) < 0)) return;
  const count = new Uint8Array(docCount(seg));
  for (const inSegment of key.located) {
    const c = new PostingCursor(seg, inSegment[s] as number);
    while (c.next()) if (c.mask & (1 << field)) count[c.doc] = (count[c.doc] ?? 0) + 1;
  }
  const need = key.located.length;
  for (let doc = 0; doc < count.length; doc++)
    if (count[doc] === need && fieldLength(seg, doc, field) === key.length) flags[doc] = (flags[doc] ?? 0) | flag;
}

interface SegmentScores {
  seg: Segment;
  /** From every query term, or, for an article of another language, from names only. */
  sim: Float64Array;
  termBits: Uint32Array;
  flags: Uint8Array;
  tagBits: Uint32Array;
}

/** The articles most like `doc` (which may or may not be in the index), best first. */
export function moreLikeThis(
  segs: readonly Segment[],
  scoring: Scoring,
  doc: SearchDocument,
  options: MoreLikeThisOptions = {},
): RelatedHit[] {
  const limit = options.limit ?? RELATED_LIMIT;
  const minSimilarity = options.minSimilarity ?? MIN_SIMILARITY;
  const w = options.weights ?? DEFAULT_RELATED_WEIGHTS;
  const selfIn = segs.map((seg) => idMap(seg).get(doc.id) ?? -1);
  const vector = termVector(doc.title, doc.body);
  const language = sourceLanguage(segs, doc.title, (doc.body ?? '').slice(0, MAX_BODY_CHARS));
  const lang = language?.lang ?? UNKNOWN_LANGUAGE;
  const { query, profileMass } = selectTerms(
    segs,
    vector,
    scoring.docs,
    selfIn.some((d) => d >= 0) ? 1 : 0,
    options.maxTerms ?? MAX_TERMS,
    scoring.k1,
    options.maxDfShare,
    language,
  );
  const most = profileMass || 1;
  const author = fieldKey(segs, doc.author);
  const source = fieldKey(segs, doc.source);
  const tags = [...new Map((doc.tags ?? []).map((t) => [tagTerm(t), t.trim()] as const)).entries()]
    .filter(([term]) => term.length > 1)
    .slice(0, 32)
    .map(([term, shown]) => ({ shown, inSegment: locateTerm(segs, term).inSegment }));

  const bodyAvg = scoring.avgLen[BODY] ?? 0;
  const top = new TopK(limit);
  const perSegment: SegmentScores[] = [];
  const bases: number[] = [];
  let base = 0;
  const tf = new Uint32Array(FIELD_COUNT);
  segs.forEach((seg, s) => {
    const n = docCount(seg);
    const sim = new Float64Array(n);
    const termBits = new Uint32Array(n);
    const flags = new Uint8Array(n);
    const tagBits = new Uint32Array(n);
    const langs = segmentLanguages(seg);
    const foreign = (d: number): boolean => lang !== UNKNOWN_LANGUAGE && langs[d] !== UNKNOWN_LANGUAGE && langs[d] !== lang;
    query.forEach((q, i) => {
      const t = q.inSegment[s] ?? -1;
      if (t < 0) return;
      const c = new PostingCursor(seg, t);
      while (c.next()) {
        if (!q.name && foreign(c.doc)) continue;
        const mask = c.mask & TITLE_BODY_MASK;
        if (!mask) continue;
        for (let f = 0; f < FIELD_COUNT; f++) tf[f] = c.tf[f] ?? 0;
        sim[c.doc] = (sim[c.doc] ?? 0) + (q.weight * bm25f(scoring, seg, c.doc, mask, tf, q.idf)) / most;
        termBits[c.doc] = (termBits[c.doc] ?? 0) | (1 << i);
      }
    });
    markSameField(seg, s, author, AUTHOR, 1, flags);
    markSameField(seg, s, source, SOURCE, 2, flags);
    tags.forEach((tag, k) => {
      const t = tag.inSegment[s] ?? -1;
      if (t < 0) return;
      const c = new PostingCursor(seg, t);
      while (c.next()) if (c.mask & (1 << TAG_FIELD)) tagBits[c.doc] = (tagBits[c.doc] ?? 0) | (1 << k);
    });
    const self = selfIn[s] ?? -1;
    for (let d = 0; d < n; d++) {
      if (d === self || seg.deleted[d]) continue;
      const f = flags[d] ?? 0;
      const tagCount = Math.min(popcount(tagBits[d] ?? 0), w.maxTags);
      const author = f & 1 ? 1 : 0;
      const source = f & 2 ? 1 : 0;
      const similarity = (sim[d] ?? 0) * lengthFactor(fieldLength(seg, d, BODY), bodyAvg);
      const evidence = Math.min(popcount(termBits[d] ?? 0), MIN_SHARED_TERMS) + source;
      if (author === 0 && tagCount === 0 && (similarity < minSimilarity || evidence < MIN_SHARED_TERMS)) continue;
      const boost = 1 + author * w.sameAuthor + source * w.sameSource + tagCount * w.sharedTag;
      const score = similarity * boost + author * w.authorFloor + tagCount * w.tagFloor;
      top.offer(score, base + d);
    }
    perSegment.push({ seg, sim, termBits, flags, tagBits });
    bases.push(base);
    base += n;
  });

  return top.sorted().map(({ score, order }) => {
    let s = bases.length - 1;
    while (s > 0 && (bases[s] ?? 0) > order) s--;
    const { seg, sim, termBits, flags, tagBits } = perSegment[s] as SegmentScores;
    const d = order - (bases[s] ?? 0);
    const similarity = (sim[d] ?? 0) * lengthFactor(fieldLength(seg, d, BODY), bodyAvg);
    const bits = termBits[d] ?? 0;
    const shared = query.filter((_, i) => bits & (1 << i)).map((q) => q.term);
    return {
      id: seg.docIds[d] ?? '',
      score,
      similarity,
      sharedTerms: displayTerms(vector, shared, options.shownTerms ?? 5),
      sameAuthor: ((flags[d] ?? 0) & 1) !== 0,
      sameSource: ((flags[d] ?? 0) & 2) !== 0,
      sharedTags: tags.filter((_, k) => (tagBits[d] ?? 0) & (1 << k)).map((t) => t.shown),
    };
  });
}

/**
 * An article much longer than the average has most words of any short one (a 60 KB handbook shares three words
 * with every note): its similarity is scaled by √(average ÷ length) when it is longer than the average.
 */
export function lengthFactor(length: number, average: number): number {
  return length <= average || length === 0 ? 1 : Math.sqrt(average / length);
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
