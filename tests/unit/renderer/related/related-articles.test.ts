import { describe, expect, it } from 'vitest';
import {
  keywordOverlap,
  relatedArticles,
  type RelatedCandidate,
} from '../../../../src-renderer/src/related/related-articles';

function candidate(id: string, over: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return { id, title: id, author: null, source: null, tags: [], keywords: [], ...over };
}

describe('related articles', () => {
  it('measures keyword overlap with Jaccard similarity, case-insensitively', () => {
    expect(keywordOverlap(['Security', 'police', 'china'], ['police', 'security', 'trade'])).toEqual({
      similarity: 2 / 4,
      shared: ['security', 'police'],
    });
    expect(keywordOverlap([], []).similarity).toBe(0);
  });

  it('ranks by shared terms plus source, author and tag bonuses, with a reason, up to five, never itself', () => {
    const target = candidate('t', { source: "People's Daily", author: 'Li', tags: ['policy'], keywords: ['security', 'police', 'china', 'governance'] });
    const library = [
      target,
      candidate('terms', { keywords: ['security', 'police', 'china'] }),
      candidate('source', { source: "people's daily", keywords: ['weather'] }),
      candidate('author', { author: 'Li' }),
      candidate('tag', { tags: ['Policy'] }),
      candidate('nothing', { keywords: ['tomato'], source: 'Garden Weekly' }),
      candidate('some', { keywords: ['security', 'trade', 'ports', 'ships', 'rail'] }),
      candidate('all', { source: "People's Daily", author: 'Li', tags: ['policy'], keywords: ['security'] }),
    ];
    const related = relatedArticles(target, library);
    expect(related.map((r) => r.id)).toEqual(['all', 'terms', 'author', 'tag', 'source']);
    expect(related[0]!.reason).toBe('Shared terms: security · Shared tags: policy · Same author · Same source');
    expect(related[1]!.reason).toBe('Shared terms: security, police, china');
    expect(related.find((r) => r.id === 'source')!.reason).toBe('Same source');
    expect(relatedArticles(target, library, 10).map((r) => r.id)).not.toContain('nothing');
    expect(relatedArticles(target, [target])).toEqual([]);
  });

  it('does not treat two missing sources or authors as the same', () => {
    expect(relatedArticles(candidate('a'), [candidate('b')])).toEqual([]);
  });
});
