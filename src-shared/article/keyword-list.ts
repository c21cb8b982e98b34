/**
 * A page's own keywords (`<meta name=keywords>`, `news_keywords`, `article:tag`, JSON-LD `keywords`, front-matter
 * `keywords`/`tags`), as one list: each value split at `;` `,` `、` `，` `；` `|` `｜`, trimmed, without empties, bare
 * numbers ("2016") and duplicates (case-insensitively, the first spelling kept), in their first order. They are
 * the article's keywords, never the user's tags. Pure.
 */

const SEPARATORS = /\s*[;,、，；|｜]\s*/;
const MAX_KEYWORDS = 100;
const MAX_KEYWORD_LENGTH = 100;

export function keywordList(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    for (const part of (value ?? '').split(SEPARATORS)) {
      const keyword = part.replace(/\s+/g, ' ').replace(/^["'#]+|["']+$/g, '').trim();
      if (keyword === '' || keyword.length > MAX_KEYWORD_LENGTH || /^[\p{N}\p{P}\p{S}\s]+$/u.test(keyword)) continue;
      const key = keyword.normalize('NFKC').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(keyword);
      if (result.length === MAX_KEYWORDS) return result;
    }
  }
  return result;
}
