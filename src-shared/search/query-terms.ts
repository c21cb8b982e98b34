/**
 * What a clause of the query looks up: its tokens (by the index's own tokenizer) with their positions relative to
 * the first, and the fields it may match in. A run of two or more CJK characters is looked up by its bigrams at
 * consecutive positions, which finds exactly the texts that contain the run; a single CJK character by itself.
 */
import { FIELDS, TAG_FIELD, TEXT_FIELDS_MASK } from './fields';
import type { QueryClause } from './parse-query';
import { TAG_PREFIX, tagTerm } from './segment-builder';
import { BIGRAM, UNIGRAM, WORD, tokenList } from './tokenize';

export interface ClauseToken {
  term: string;
  /** Position relative to the clause's first token. */
  rel: number;
  /** False for unigrams and tags, which are indexed without positions. */
  positional: boolean;
}

export interface ClauseTerms {
  tokens: ClauseToken[];
  /** Fields (a bit mask) the clause may match in. */
  allowed: number;
  /** The clause is one word that may be the start of a longer word. */
  prefix: boolean;
}

export function clauseTerms(clause: QueryClause): ClauseTerms | null {
  if (clause.field === 'tag') {
    const term = tagTerm(clause.text);
    if (term === TAG_PREFIX) return null;
    return { tokens: [{ term, rel: 0, positional: false }], allowed: 1 << TAG_FIELD, prefix: false };
  }
  const all = tokenList(clause.text);
  const bigramAt = new Set(all.filter((t) => t.kind === BIGRAM).map((t) => t.position));
  const kept = all.filter(
    (t) => t.kind !== UNIGRAM || !(bigramAt.has(t.position) || bigramAt.has(t.position - 1)),
  );
  const first = kept[0];
  if (!first) return null;
  const tokens = kept.map((t) => ({ term: t.term, rel: t.position - first.position, positional: t.kind !== UNIGRAM }));
  const allowed = clause.field === 'any' ? TEXT_FIELDS_MASK : 1 << FIELDS.indexOf(clause.field);
  return { tokens, allowed, prefix: clause.prefix && kept.length === 1 && first.kind === WORD };
}
