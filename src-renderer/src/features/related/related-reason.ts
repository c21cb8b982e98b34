/**
 * Why an article is related, in a few words a reader understands: "Shares: climate, carbon, emissions · Same
 * author: Mara Quist · Same source: The Climate Desk · Tag: climate". Pure: no React, no database.
 */
import type { RelatedHit } from '../../../../src-shared/search';

/** Shared terms named in a reason. */
export const TERMS_IN_REASON = 3;

export interface ReasonTarget {
  author: string | null;
  source: string | null;
}

export function relatedReason(hit: RelatedHit, target: ReasonTarget): string {
  const parts: string[] = [];
  if (hit.sharedTerms.length > 0) parts.push(`Shares: ${hit.sharedTerms.slice(0, TERMS_IN_REASON).join(', ')}`);
  if (hit.sameAuthor && target.author) parts.push(`Same author: ${target.author.trim()}`);
  if (hit.sameSource && target.source) parts.push(`Same source: ${target.source.trim()}`);
  if (hit.sharedTags.length === 1) parts.push(`Tag: ${hit.sharedTags[0] ?? ''}`);
  else if (hit.sharedTags.length > 1) parts.push(`Tags: ${hit.sharedTags.join(', ')}`);
  return parts.join(' · ');
}
