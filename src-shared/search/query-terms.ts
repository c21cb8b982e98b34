/**
 * What a clause of the query looks up: its tokens (by the index's own tokenizer) with their positions relative to
 * the first, and the fields it may match in. A run of two or more CJK characters is looked up by its bigrams at
 * consecutive positions, which finds exactly the texts that contain the run; a single CJK character by itself.
 * A word in parts ("U.S.", "e-mail", "LWN.net", see compounds.ts) has two alternatives: its parts run together
 * (us, email, lwnnet: what the index also holds for every such word, and the word written whole) or its parts as
 * a phrase ("e mail"); a quoted phrase keeps only the parts.
 */
import { FIELDS, TAG_FIELD, TEXT_FIELDS_MASK } from './fields';
import type { QueryClause } from './parse-query';
import { TAG_PREFIX, tagTerm } from './segment-builder';
import { BIGRAM, JOINED, UNIGRAM, WORD, tokenList } from './tokenize';

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

/** The ways a clause can match (any one of them): one, or two for a word in parts. Empty when it looks for nothing. */
export function clauseAlternatives(clause: QueryClause): ClauseTerms[] {
  if (clause.field === 'tag') {
    const term = tagTerm(clause.text);
    if (term === TAG_PREFIX) return [];
    return [{ tokens: [{ term, rel: 0, positional: false }], allowed: 1 << TAG_FIELD, prefix: false }];
  }
  const all = tokenList(clause.text);
  const allowed = clause.field === 'any' ? TEXT_FIELDS_MASK : 1 << FIELDS.indexOf(clause.field);
  const bigramAt = new Set(all.filter((t) => t.kind === BIGRAM).map((t) => t.position));
  const kept = all.filter(
    (t) =>
      t.kind !== JOINED && (t.kind !== UNIGRAM || !(bigramAt.has(t.position) || bigramAt.has(t.position - 1))),
  );
  const first = kept[0];
  if (!first) return [];
  const tokens = kept.map((t) => ({ term: t.term, rel: t.position - first.position, positional: t.kind !== UNIGRAM }));
  const parts: ClauseTerms = { tokens, allowed, prefix: clause.prefix && kept.length === 1 && first.kind === WORD };
  const whole = all[0];
  const last = all[all.length - 1];
  const oneWord = whole?.kind === JOINED && whole.end >= (last?.end ?? 0) && all.every((t) => t.kind === WORD || t.kind === JOINED);
  if (clause.phrase || !oneWord) return [parts];
  const joined: ClauseTerms = { tokens: [{ term: whole.term, rel: 0, positional: true }], allowed, prefix: clause.prefix };
  return [joined, parts];
}
