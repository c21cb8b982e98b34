/**
 * Why an article is related, in a few words a reader understands: "Shares: climate, carbon, emissions · Same
 * author: Mara Quist · Same source: The Climate Desk · Tag: climate". Pure: no React, no database.
 */
import type { TFunction } from 'i18next';
import type { RelatedHit } from '../../../../src-shared/search';

/** Shared terms named in a reason. */
export const TERMS_IN_REASON = 3;

export interface ReasonTarget {
  author: string | null;
  source: string | null;
}

/** In the interface's language (`t`): each part is one message; the parts are separated by " · ". */
export function relatedReason(hit: RelatedHit, target: ReasonTarget, t: TFunction<'library'>): string {
  const parts: string[] = [];
  if (hit.sharedTerms.length > 0) parts.push(t('reasonShares', { terms: hit.sharedTerms.slice(0, TERMS_IN_REASON) }));
  if (hit.sameAuthor && target.author) parts.push(t('reasonAuthor', { author: target.author.trim() }));
  if (hit.sameSource && target.source) parts.push(t('reasonSource', { source: target.source.trim() }));
  if (hit.sharedTags.length === 1) parts.push(t('reasonTag', { tag: hit.sharedTags[0] ?? '' }));
  else if (hit.sharedTags.length > 1) parts.push(t('reasonTags', { tags: hit.sharedTags }));
  return parts.join(' · ');
}
