/** Plain-text bodies: paragraphs are separated by blank lines (which may hold spaces or no-break spaces). Pure. */
export function splitParagraphs(content: string): string[] {
  return content
    .split(/\r?\n[ \t\u00a0]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
