/**
 * Related Articles, computed locally from metadata. Pure: no React, no DOM, no database.
 * Score = Jaccard similarity of the keyword sets, plus a bonus for the same source, the same author and each
 * shared tag. A later issue replaces the keyword overlap with TF-IDF over the text.
 */
export interface RelatedCandidate {
  id: string;
  title: string;
  author: string | null;
  source: string | null;
  tags: string[];
  keywords: string[];
}

export interface RelatedArticle {
  id: string;
  title: string;
  score: number;
  /** A short reason a reader understands, e.g. "Shared terms: security, police · Same source". */
  reason: string;
}

export const RELATED_LIMIT = 5;
export const SAME_SOURCE_BONUS = 0.15;
export const SAME_AUTHOR_BONUS = 0.25;
export const SHARED_TAG_BONUS = 0.2;
const MAX_TAG_BONUS = 0.6;
const TERMS_IN_REASON = 4;

function normalise(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLocaleLowerCase()).filter((v) => v !== ''))];
}

function same(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim() !== '' && a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/** Jaccard similarity of two term lists and the shared terms, in the order of the first list. */
export function keywordOverlap(a: readonly string[], b: readonly string[]): { similarity: number; shared: string[] } {
  const left = normalise(a);
  const right = new Set(normalise(b));
  const shared = left.filter((term) => right.has(term));
  const union = new Set([...left, ...right]).size;
  return { similarity: union === 0 ? 0 : shared.length / union, shared };
}

export function scorePair(target: RelatedCandidate, other: RelatedCandidate): { score: number; reasons: string[] } {
  const { similarity, shared } = keywordOverlap(target.keywords, other.keywords);
  const sharedTags = normalise(target.tags).filter((tag) => normalise(other.tags).includes(tag));
  const reasons: string[] = [];
  let score = similarity;
  if (shared.length > 0) reasons.push(`Shared terms: ${shared.slice(0, TERMS_IN_REASON).join(', ')}`);
  if (sharedTags.length > 0) {
    score += Math.min(MAX_TAG_BONUS, sharedTags.length * SHARED_TAG_BONUS);
    reasons.push(`Shared tags: ${sharedTags.join(', ')}`);
  }
  if (same(target.author, other.author)) {
    score += SAME_AUTHOR_BONUS;
    reasons.push('Same author');
  }
  if (same(target.source, other.source)) {
    score += SAME_SOURCE_BONUS;
    reasons.push('Same source');
  }
  return { score, reasons };
}

/** Up to `limit` other articles with a positive score, best first (ties by title). */
export function relatedArticles(
  target: RelatedCandidate,
  library: readonly RelatedCandidate[],
  limit: number = RELATED_LIMIT,
): RelatedArticle[] {
  const scored: RelatedArticle[] = [];
  for (const other of library) {
    if (other.id === target.id) continue;
    const { score, reasons } = scorePair(target, other);
    if (score > 0) scored.push({ id: other.id, title: other.title, score, reason: reasons.join(' · ') });
  }
  scored.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  return scored.slice(0, limit);
}
