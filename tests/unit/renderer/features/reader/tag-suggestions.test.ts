import { describe, expect, it } from 'vitest';
import { tagSuggestions } from '../../../../../src-renderer/src/features/reader/tag-suggestions';

const LIBRARY: [string, number][] = [
  ['history', 3],
  ['Rust', 12],
  ['trust issues', 20],
  ['rustic cooking', 2],
  ['两会', 4],
  ['国家安全', 1],
  ['Café culture', 5],
];

const names = (list: { name: string }[]) => list.map((s) => s.name);

describe('tag suggestions', () => {
  it('with nothing typed: the library’s tags, most used first', () => {
    const got = tagSuggestions({ typed: '', libraryTags: LIBRARY, articleTags: [], keywords: [] });
    expect(names(got)).toEqual(['trust issues', 'Rust', 'Café culture', '两会', 'history', 'rustic cooking', '国家安全']);
    expect(got[0]).toEqual({ name: 'trust issues', kind: 'tag', count: 20 });
  });

  it('match as typed, case-insensitively: names that start with it first, then the most used', () => {
    const got = tagSuggestions({ typed: 'RUS', libraryTags: LIBRARY, articleTags: [], keywords: [] });
    expect(names(got)).toEqual(['Rust', 'rustic cooking', 'trust issues']);
  });

  it('match accents aside and CJK as it is, spaces collapsed', () => {
    expect(names(tagSuggestions({ typed: '  cafe ', libraryTags: LIBRARY, articleTags: [], keywords: [] }))).toEqual(['Café culture']);
    expect(names(tagSuggestions({ typed: '两', libraryTags: LIBRARY, articleTags: [], keywords: [] }))).toEqual(['两会']);
    expect(names(tagSuggestions({ typed: '安全', libraryTags: LIBRARY, articleTags: [], keywords: [] }))).toEqual(['国家安全']);
    expect(names(tagSuggestions({ typed: 'trust  iss', libraryTags: LIBRARY, articleTags: [], keywords: [] }))).toEqual(['trust issues']);
  });

  it('leave out the tags the article has already (case aside)', () => {
    const got = tagSuggestions({ typed: 'rus', libraryTags: LIBRARY, articleTags: ['rust'], keywords: [] });
    expect(names(got)).toEqual(['rustic cooking', 'trust issues']);
  });

  it('add the article’s keywords not yet tags, after the tags, marked as keywords, in the page’s order', () => {
    const got = tagSuggestions({
      typed: 'h',
      libraryTags: LIBRARY,
      articleTags: ['Harbour'],
      keywords: ['Fishing', 'HISTORY', 'harbour', 'Hake', 'tide heights'],
    });
    expect(got).toEqual([
      { name: 'history', kind: 'tag', count: 3 },
      { name: 'Hake', kind: 'keyword', count: 0 },
      { name: 'Fishing', kind: 'keyword', count: 0 },
      { name: 'tide heights', kind: 'keyword', count: 0 },
    ]);
  });

  it('suggest nothing that does not match, and at most the limit', () => {
    expect(tagSuggestions({ typed: 'zzz', libraryTags: LIBRARY, articleTags: [], keywords: ['Oceans'] })).toEqual([]);
    const many = Array.from({ length: 50 }, (_, i): [string, number] => [`tag ${i}`, i]);
    const got = tagSuggestions({ typed: 'tag', libraryTags: many, articleTags: [], keywords: [], limit: 5 });
    expect(names(got)).toEqual(['tag 49', 'tag 48', 'tag 47', 'tag 46', 'tag 45']);
  });
});
