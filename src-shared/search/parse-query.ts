/**
 * The query language of the search box:
 *   words            every word must match, in any field; the last word also matches as a prefix while typing
 *   "a phrase"       the words in this order (an unclosed quote runs to the end)
 *   author:smith     a filter on the author (also author:"Jane Doe"); likewise source:
 *   tag:history      an exact tag (tag:"open access" for tags with spaces)
 *   word*            an explicit prefix
 * Chinese, Japanese and Korean need no spaces: 全球安全 finds that exact string.
 */

export type ClauseField = 'any' | 'author' | 'source' | 'tag';

export interface QueryClause {
  field: ClauseField;
  /** The clause's text as typed, without quotes, field name or `*`. */
  text: string;
  /** Quoted: the words must be adjacent and in order. */
  phrase: boolean;
  /** The last word may be the start of a longer word. */
  prefix: boolean;
}

export interface ParsedQuery {
  clauses: QueryClause[];
}

const FILTER = /^(author|source|tag):/i;

export function parseQuery(input: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let i = 0;
  const n = input.length;
  const isSpace = (k: number): boolean => /\s/.test(input.charAt(k));
  while (i < n) {
    while (i < n && isSpace(i)) i++;
    if (i >= n) break;
    let field: ClauseField = 'any';
    const filter = FILTER.exec(input.slice(i, i + 8));
    if (filter) {
      field = (filter[1] ?? '').toLowerCase() as ClauseField;
      i += filter[0].length;
    }
    if (input.charAt(i) === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close < 0 ? n : close;
      const text = input.slice(i + 1, end);
      i = close < 0 ? n : close + 1;
      if (text.trim()) clauses.push({ field, text, phrase: true, prefix: false });
      continue;
    }
    let end = i;
    while (end < n && !isSpace(end)) end++;
    let text = input.slice(i, end);
    let prefix = end === n && field !== 'tag'; // still being typed
    if (text.endsWith('*') && field !== 'tag') {
      text = text.replace(/\*+$/, '');
      prefix = true;
    }
    i = end;
    if (text) clauses.push({ field, text, phrase: false, prefix });
  }
  return { clauses };
}
