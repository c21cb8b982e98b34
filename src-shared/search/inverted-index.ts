/**
 * The library's full-text index, in memory: documents added, replaced and removed one by one; ranked search with
 * prefixes, phrases and field filters; a compact stored form. New documents collect in a builder and become an
 * immutable segment when the builder is full or before a search; segments of similar size are merged, which also
 * drops removed documents (a removal only marks the document until then).
 */
import { DEFAULT_FIELD_WEIGHTS, FIELD_COUNT, type FieldWeights, type SearchDocument } from './fields';
import { parseQuery, type ParsedQuery } from './parse-query';
import { prepareQuery } from './prepare';
import { correctQuery, queryText } from './typo';
import { weightArray, type Scoring } from './scoring';
import { SegmentBuilder } from './segment-builder';
import { mergeSegments } from './segment-merge';
import { docCount, fieldLength, idMap, liveCount, type Segment } from './segment';
import { readIndex, writeIndex } from './serialize';
import { searchSegments, type SearchOptions, type SearchResult } from './search-segments';
import { checkConsistency, type ConsistencyReport } from './consistency';
import { moreLikeThis, type MoreLikeThisOptions, type RelatedHit } from './more-like-this';

export interface IndexOptions {
  fieldWeights: FieldWeights;
  /** BM25 saturation and length normalisation. */
  k1: number;
  b: number;
  /** A prefix shorter than FULL_PREFIX_LENGTH stands for at most this many words (the most frequent). */
  maxPrefixTerms: number;
  /** The builder becomes a segment at this many documents, or at this many token occurrences. */
  flushDocs: number;
  flushOccurrences: number;
  /** This many segments of the same size class are merged into one. */
  mergeFactor: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  fieldWeights: DEFAULT_FIELD_WEIGHTS,
  k1: 1.2,
  b: 0.75,
  maxPrefixTerms: 128,
  flushDocs: 2000,
  flushOccurrences: 4_000_000,
  mergeFactor: 8,
};

export type { SearchHit, SearchOptions, SearchResult } from './search-segments';

export class InvertedIndex {
  readonly options: IndexOptions;
  private segments: Segment[] = [];
  private builder: SegmentBuilder | null = null;
  private live = 0;
  private readonly sumLen = new Float64Array(FIELD_COUNT);

  constructor(options: Partial<IndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
  }

  /** Documents in the index. */
  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.builder?.ids.has(id) === true || this.segments.some((seg) => idMap(seg).has(id));
  }

  /** Adds a document, or replaces the one with the same id. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    this.builder ??= new SegmentBuilder();
    const lens = this.builder.add(doc);
    lens.forEach((len, f) => (this.sumLen[f] = (this.sumLen[f] ?? 0) + len));
    this.live++;
    const b = this.builder;
    if (b.docCount >= this.options.flushDocs || b.occurrenceCount >= this.options.flushOccurrences) this.flush();
  }

  /** Replaces a document (the same as add). */
  update(doc: SearchDocument): void {
    this.add(doc);
  }

  /** Removes a document; false when it was not there. */
  remove(id: string): boolean {
    const pending = this.builder?.remove(id);
    if (pending !== undefined && this.builder) {
      for (let f = 0; f < FIELD_COUNT; f++) this.sumLen[f] = (this.sumLen[f] ?? 0) - this.builder.fieldLength(pending, f);
      this.live--;
      return true;
    }
    for (const seg of this.segments) {
      const map = idMap(seg);
      const doc = map.get(id);
      if (doc === undefined) continue;
      map.delete(id);
      seg.deleted[doc] = 1;
      seg.deletedCount++;
      for (let f = 0; f < FIELD_COUNT; f++) this.sumLen[f] = (this.sumLen[f] ?? 0) - fieldLength(seg, doc, f);
      this.live--;
      return true;
    }
    return false;
  }

  /** Turns the documents added since the last flush into a segment (search and serialize do it first). */
  flush(): void {
    const b = this.builder;
    if (!b) return;
    this.builder = null;
    if (b.docCount > 0) this.segments.push(b.build());
    this.mergeTail();
  }

  private mergeTail(): void {
    const factor = this.options.mergeFactor;
    const tier = (seg: Segment): number => Math.floor(Math.log(Math.max(1, liveCount(seg))) / Math.log(factor));
    for (;;) {
      const n = this.segments.length;
      if (n < factor) return;
      const tail = this.segments.slice(n - factor);
      const t = tier(tail[0] as Segment);
      if (!tail.every((seg) => tier(seg) === t)) return;
      this.segments.splice(n - factor, factor, mergeSegments(tail));
    }
  }

  /** Merges everything into one segment, dropping removed documents: smallest and fastest form, for storing. */
  compact(): void {
    this.flush();
    if (this.segments.length > 1 || this.segments.some((seg) => seg.deletedCount > 0))
      this.segments = [mergeSegments(this.segments)].filter((seg) => docCount(seg) > 0);
  }

  private scoring(): Scoring {
    const docs = Math.max(1, this.live);
    return {
      weights: weightArray(this.options.fieldWeights),
      avgLen: Float64Array.from(this.sumLen, (sum) => sum / docs),
      docs: this.live,
      k1: this.options.k1,
      b: this.options.b,
    };
  }

  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
    this.flush();
    const typed = typeof query === 'string' ? parseQuery(query) : query;
    const { query: parsed, corrections } = correctQuery(this.segments, typed);
    const prepared = prepareQuery(this.segments, parsed, this.live, this.options.maxPrefixTerms);
    if (!prepared) return { total: 0, hits: [] };
    const result = searchSegments(this.segments, prepared, this.scoring(), options.limit ?? 20, options.offset ?? 0);
    return corrections.length > 0 && result.total > 0 ? { ...result, corrected: queryText(parsed) } : result;
  }

  /** The articles most like `doc` (in the index or not), with why: see more-like-this.ts. */
  moreLikeThis(doc: SearchDocument, options?: MoreLikeThisOptions): RelatedHit[] {
    this.flush();
    return moreLikeThis(this.segments, this.scoring(), doc, options);
  }

  /** The stored form (see serialize.ts). Pending documents are flushed first. */
  serialize(): Uint8Array {
    this.flush();
    return writeIndex(this.segments, this.options);
  }

  /** Reads a stored index; throws IndexFormatError when it is damaged or of another version (then rebuild). */
  static deserialize(bytes: Uint8Array): InvertedIndex {
    const { segments, options } = readIndex(bytes);
    const index = new InvertedIndex(options as Partial<IndexOptions>);
    index.segments = segments;
    for (const seg of segments) {
      for (let doc = 0; doc < docCount(seg); doc++) {
        if (seg.deleted[doc]) continue;
        index.live++;
        for (let f = 0; f < FIELD_COUNT; f++) index.sumLen[f] = (index.sumLen[f] ?? 0) + fieldLength(seg, doc, f);
      }
    }
    return index;
  }

  /** Compares the index with the library's documents (ids, or ids with their versions); see consistency.ts. */
  consistencyCheck(library: Iterable<string> | ReadonlyMap<string, string | null>): ConsistencyReport {
    this.flush();
    return checkConsistency(this.segments, library);
  }

  /** Figures for benchmarks and diagnostics. */
  stats(): { documents: number; segments: number; terms: number; bytes: number } {
    this.flush();
    let terms = 0;
    let bytes = 0;
    for (const seg of this.segments) {
      terms += seg.df.length;
      bytes += seg.postings.length + seg.positions.length + seg.termText.length * 2 + seg.df.length * 16;
      bytes += seg.fieldLens.byteLength + seg.deleted.length;
    }
    return { documents: this.live, segments: this.segments.length, terms, bytes };
  }
}
