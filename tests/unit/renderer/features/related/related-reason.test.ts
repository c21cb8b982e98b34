/** The short reason shown under each related article. */
import { describe, expect, it } from 'vitest';
import { relatedReason } from '../../../../../src-renderer/src/features/related/related-reason';
import type { RelatedHit } from '../../../../../src-shared/search';
import { createI18n } from '../../../../../src-shared/i18n';

const t = createI18n('en').getFixedT('en', 'library');

const hit = (over: Partial<RelatedHit>): RelatedHit => ({
  id: 'x',
  score: 1,
  similarity: 0.5,
  sharedTerms: [],
  sameAuthor: false,
  sameSource: false,
  sharedTags: [],
  ...over,
});
const target = { author: 'Mara Quist', source: 'The Climate Desk' };

describe('the reason of a related article', () => {
  it('names three shared terms at most', () => {
    expect(relatedReason(hit({ sharedTerms: ['climate', 'carbon', 'emissions', 'tax'] }), target, t)).toBe(
      'Shares: climate, carbon, emissions',
    );
  });

  it('names the author, the source and the tags it shares, after the terms', () => {
    expect(
      relatedReason(hit({ sharedTerms: ['碳排放'], sameAuthor: true, sameSource: true, sharedTags: ['气候'] }), target, t),
    ).toBe('Shares: 碳排放 · Same author: Mara Quist · Same source: The Climate Desk · Tag: 气候');
    expect(relatedReason(hit({ sharedTags: ['climate', 'economy'] }), target, t)).toBe('Tags: climate, economy');
  });

  it('never says "Same author" without a name', () => {
    expect(relatedReason(hit({ sameAuthor: true, sharedTerms: ['bees'] }), { author: null, source: null }, t)).toBe(
      'Shares: bees',
    );
  });
});
