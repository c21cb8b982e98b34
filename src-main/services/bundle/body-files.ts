/**
 * An article's body file in a bundle: its name gives its format (`body.md` Markdown, `body.html` HTML, `body.txt`
 * text whose paragraphs are separated by blank lines), and its plain text is computed the way the importers do.
 */
import type { BodyFormat } from '../../../src-shared/contract';
import { visibleText } from '../../../src-shared/text/visible-text';
import { parseHtmlFragment } from '../import/html-dom';
import { markdownToText } from '../import/markdown-text';
import { normaliseText } from '../import/text-stats';

export const BODY_FILES: Readonly<Record<BodyFormat, string>> = {
  markdown: 'body.md',
  html: 'body.html',
  text: 'body.txt',
};

export function bodyFormatOf(fileName: string): BodyFormat | null {
  const entry = Object.entries(BODY_FILES).find(([, name]) => name === fileName);
  return entry ? (entry[0] as BodyFormat) : null;
}

/** The plain text a reader sees of a body, normalised (paragraphs separated by one blank line). */
export function bodyPlainText(format: BodyFormat, content: string): string {
  if (format === 'markdown') return normaliseText(markdownToText(content));
  if (format === 'text') return normaliseText(content);
  // Parsed without a window: no scripts run and nothing is loaded.
  return visibleText(parseHtmlFragment(content));
}
