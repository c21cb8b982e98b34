/**
 * An article's authors are kept as one line ("Ann Lee, Bo Chen"): this is how that line is written from a list of
 * names and read back into one, so that main (the importers) and the renderer (the author filter) agree. Pure.
 */

export const AUTHOR_SEPARATOR = ', ';

/** The names joined as the library stores them, or null when there are none. */
export function authorLine(names: readonly string[]): string | null {
  return names.length > 0 ? names.join(AUTHOR_SEPARATOR) : null;
}

/** The names in a stored author line, in order. */
export function authorNames(line: string | null | undefined): string[] {
  return (line ?? '').split(/\s*[,;、，]\s*/).map((name) => name.trim()).filter((name) => name !== '');
}
