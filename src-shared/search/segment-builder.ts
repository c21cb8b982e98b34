/**
 * Collects documents as token occurrences in flat typed arrays (no object per token), to be written out as a
 * Segment by segment-encode.ts.
 */
import { IntList } from './bytes';
import { FIELD_COUNT, FIELDS, TAG_FIELD, fieldItems, type SearchDocument } from './fields';
import { foldString } from '../text/fold';
import { IntMap } from './int-map';
import type { Segment } from './segment';
import { encodeSegment } from './segment-encode';
import { BIGRAM, UNIGRAM, tokenize, type TokenKind } from './tokenize';

/** Tag terms start with a control character, so they never mix with words (nor match a prefix). */
export const TAG_PREFIX = '\u0001';
export const tagTerm = (tag: string): string => TAG_PREFIX + foldString(tag.trim());

export class SegmentBuilder {
  private terms = new Map<string, number>();
  /** Faster paths for the many CJK tokens: BMP characters by code, BMP bigrams by a number made of both codes. */
  private unigrams = new Int32Array(0x10000).fill(-1);
  private bigrams = new IntMap();
  private termList: string[] = [];
  private termHasPositions: number[] = [];
  private occTerm = new IntList(1 << 16);
  private occDocField = new IntList(1 << 16);
  private occPos = new IntList(1 << 16);
  private docIds: string[] = [];
  private versions: (string | null)[] = [];
  private fieldLens = new IntList(256);
  private removed = new Set<number>();
  readonly ids = new Map<string, number>();

  get docCount(): number {
    return this.docIds.length;
  }

  get occurrenceCount(): number {
    return this.occTerm.length;
  }

  private termId(term: string, kind: TokenKind | -1): number {
    if (term.length === 1 && kind === UNIGRAM) {
      const c = term.charCodeAt(0);
      const known = this.unigrams[c] ?? -1;
      if (known >= 0) return known;
      const id = this.newTerm(term, kind);
      this.unigrams[c] = id;
      return id;
    }
    if (term.length === 2 && kind === BIGRAM) {
      const key = (term.charCodeAt(0) << 16) | term.charCodeAt(1);
      const known = this.bigrams.get(key);
      if (known >= 0) return known;
      const id = this.newTerm(term, kind);
      this.bigrams.set(key, id);
      return id;
    }
    return this.terms.get(term) ?? this.newTerm(term, kind);
  }

  private newTerm(term: string, kind: TokenKind | -1): number {
    const id = this.termList.length;
    const fastPath = (kind === UNIGRAM && term.length === 1) || (kind === BIGRAM && term.length === 2);
    if (!fastPath) this.terms.set(term, id);
    this.termList.push(term);
    this.termHasPositions.push(kind === UNIGRAM || kind === -1 ? 0 : 1);
    return id;
  }

  /** Adds a document; returns its field lengths (FIELD_COUNT numbers). */
  add(doc: SearchDocument): number[] {
    const local = this.docIds.length;
    this.docIds.push(doc.id);
    this.versions.push(doc.version ?? null);
    this.ids.set(doc.id, local);
    const lens: number[] = [];
    for (let f = 0; f < TAG_FIELD; f++) {
      const docField = local * 8 + f;
      let pos = 0;
      for (const item of fieldItems(doc, FIELDS[f] as Exclude<(typeof FIELDS)[number], 'tags'>)) {
        if (pos > 0) pos++; // a gap: phrases do not run from one note to the next
        pos = tokenize(
          item,
          (term, position, kind) => {
            this.occTerm.push(this.termId(term, kind));
            this.occDocField.push(docField);
            this.occPos.push(position);
          },
          pos,
        );
      }
      lens.push(pos);
    }
    const tags = new Set((doc.tags ?? []).map(tagTerm).filter((t) => t.length > 1));
    for (const tag of tags) {
      this.occTerm.push(this.termId(tag, -1));
      this.occDocField.push(local * 8 + TAG_FIELD);
      this.occPos.push(0);
    }
    lens.push(tags.size);
    for (const len of lens) this.fieldLens.push(len);
    return lens;
  }

  /** Marks a document added to this builder as removed. */
  remove(id: string): number | undefined {
    const local = this.ids.get(id);
    if (local === undefined) return undefined;
    this.ids.delete(id);
    this.removed.add(local);
    return local;
  }

  fieldLength(local: number, field: number): number {
    return this.fieldLens.data[local * FIELD_COUNT + field] ?? 0;
  }

  build(): Segment {
    return encodeSegment({
      terms: this.termList,
      termHasPositions: this.termHasPositions,
      occurrences: this.occTerm.length,
      occTerm: this.occTerm.data,
      occDocField: this.occDocField.data,
      occPos: this.occPos.data,
      docIds: this.docIds,
      versions: this.versions,
      fieldLens: this.fieldLens.data,
      removed: this.removed,
    });
  }
}
