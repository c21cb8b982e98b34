/**
 * How the corpus test compares what the importer found with the ground truth: the same text, give or take case,
 * typographic quotes and dashes, and spacing; authors as a set of names, in any order; dates by their day;
 * languages by their primary subtag.
 */

/** Text for comparison: NFKC, lower case, straight quotes, plain hyphens, single spaces. */
export function comparable(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The names in a stored author line. The library keeps one line per article ("Ann Lee, Bo Chen"); several authors
 * are joined with commas, "and", "&", "、" or ";".
 */
export function namesOf(author: string | null | undefined): string[] {
  if (!author) return [];
  return author
    .split(/\s*(?:,|;|、|，|\s&\s|\sand\s|\sund\s|\set\s|\sy\s)\s*/i)
    .map((name) => comparable(name))
    .filter((name) => name !== '');
}

export function sameText(found: string | null | undefined, truth: string | null | undefined): boolean {
  return comparable(found) === comparable(truth);
}

export function sameAuthors(found: string | null | undefined, truth: readonly string[]): boolean {
  const ours = new Set(namesOf(found));
  const theirs = new Set(truth.map((name) => comparable(name)));
  return ours.size === theirs.size && [...theirs].every((name) => ours.has(name));
}

export function sameDay(found: string | null | undefined, truth: string | null | undefined): boolean {
  return (found ?? '').slice(0, 10) === (truth ?? '').slice(0, 10);
}

export function sameLanguage(found: string | null | undefined, truth: string | null | undefined): boolean {
  const primary = (tag: string | null | undefined): string => (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return primary(found) === primary(truth);
}
