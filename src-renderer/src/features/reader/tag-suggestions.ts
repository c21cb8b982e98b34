/**
 * What the reader's Add tag box suggests while typing: the library's tags that match what is typed (anywhere in
 * the name, case- and accent-insensitively, CJK as it is), those that start with it first, then the most used;
 * then the article's own keywords that are not tags yet, marked as keywords. Tags the article already has are
 * left out. Pure.
 */
import { foldString } from '../../../../src-shared/text/fold';

export interface TagSuggestion {
  name: string;
  /** A tag of the library (with how many articles carry it), or one of the article's keywords not yet a tag. */
  kind: 'tag' | 'keyword';
  count: number;
}

export const MAX_SUGGESTIONS = 10;

interface Input {
  typed: string;
  /** Every tag of the library with its number of articles, in any order. */
  libraryTags: readonly (readonly [string, number])[];
  articleTags: readonly string[];
  keywords: readonly string[];
  limit?: number;
}

/** Where the typed text is found in a name: 0 at the start, 1 inside, null nowhere. */
function matchRank(name: string, typed: string): 0 | 1 | null {
  if (typed === '') return 0;
  const at = foldString(name).indexOf(typed);
  return at < 0 ? null : at === 0 ? 0 : 1;
}

export function tagSuggestions({ typed, libraryTags, articleTags, keywords, limit = MAX_SUGGESTIONS }: Input): TagSuggestion[] {
  const query = foldString(typed.replace(/\s+/g, ' ').trim());
  const taken = new Set(articleTags.map(foldString));
  const ranked: { suggestion: TagSuggestion; rank: number }[] = [];
  for (const [name, count] of libraryTags) {
    const rank = matchRank(name, query);
    if (rank === null || taken.has(foldString(name))) continue;
    ranked.push({ suggestion: { name, kind: 'tag', count }, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.suggestion.count - a.suggestion.count || a.suggestion.name.localeCompare(b.suggestion.name));
  const tags = ranked.map((r) => r.suggestion);
  const known = new Set([...taken, ...libraryTags.map(([name]) => foldString(name))]);
  const fromKeywords: { suggestion: TagSuggestion; rank: number }[] = [];
  for (const keyword of keywords) {
    const rank = matchRank(keyword, query);
    const key = foldString(keyword);
    if (rank === null || known.has(key)) continue;
    known.add(key);
    fromKeywords.push({ suggestion: { name: keyword, kind: 'keyword', count: 0 }, rank });
  }
  // Keywords keep the page's order within each rank (a stable sort).
  fromKeywords.sort((a, b) => a.rank - b.rank);
  return [...tags, ...fromKeywords.map((r) => r.suggestion)].slice(0, limit);
}

