/**
 * How well the text around a candidate agrees with a stored prefix or suffix. The comparison is anchored at the
 * quote's edge and free at the far end, so an insertion or deletion in the context costs only its own length.
 */

/** Extra characters read beyond the stored context, so insertions near the quote still align. */
const SLACK = 8;

/** Edit distance between `a` and the best-matching prefix of `b`. */
export function anchoredDistance(a: string, b: string): number {
  const n = b.length;
  let previous = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(n + 1);
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/** 1 when the text before `start` ends with `prefix`, falling towards 0; undefined when there is no prefix. */
export function prefixSimilarity(text: string, start: number, prefix: string): number | undefined {
  if (prefix.length === 0) return undefined;
  const before = text.slice(Math.max(0, start - prefix.length - SLACK), start);
  return 1 - anchoredDistance(reverse(prefix), reverse(before)) / prefix.length;
}

/** 1 when the text after `end` starts with `suffix`, falling towards 0; undefined when there is no suffix. */
export function suffixSimilarity(text: string, end: number, suffix: string): number | undefined {
  if (suffix.length === 0) return undefined;
  const after = text.slice(end, end + suffix.length + SLACK);
  return 1 - anchoredDistance(suffix, after) / suffix.length;
}

/** Plain edit distance (Levenshtein) between two strings, by UTF-16 code units. */
export function editDistance(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
