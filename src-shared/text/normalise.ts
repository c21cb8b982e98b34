/**
 * The normal form of an article's plain text, for storing, counting and hashing it: Unicode NFC, one kind of
 * space, trimmed lines, paragraphs separated by one blank line.
 */

/** Spaces that are not line breaks: NBSP, the en/em/thin spaces, narrow NBSP, ideographic space, tabs. */
const INLINE_SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC, every kind of inline space as one plain space, trimmed lines, and paragraphs separated by one blank line. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B\uFEFF]/g, '')
    .replace(INLINE_SPACE, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
