/**
 * The title of a Markdown article when its front matter has none: the first level-one heading (`# Title`, or a
 * line underlined with `===`). A heading that opens the document is the title, so it leaves the body; so does an
 * opening heading that repeats the front matter's title (the reader shows the title above the body already).
 */

const ATX_H1 = /^ {0,3}#\s+(.+?)(?:\s+#+)?\s*$/;
const SETEXT_H1 = /^ {0,3}=+\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface TitledMarkdown {
  title: string | null;
  content: string;
}

function same(a: string, b: string): boolean {
  const key = (text: string): string => text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return key(a) === key(b);
}

/** The opening heading: its text and how many lines it takes, or null when the document opens otherwise. */
function openingHeading(lines: string[], first: number): { text: string; lines: number } | null {
  const line = lines[first] ?? '';
  const atx = ATX_H1.exec(line);
  if (atx?.[1]) return { text: atx[1], lines: 1 };
  if (line.trim() !== '' && SETEXT_H1.test(lines[first + 1] ?? '')) return { text: line.trim(), lines: 2 };
  return null;
}

function firstHeadingAnywhere(lines: string[]): string | null {
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) inFence = !inFence;
    else if (!inFence) {
      const text = ATX_H1.exec(line)?.[1];
      if (text) return text;
    }
  }
  return null;
}

export function takeTitle(content: string, declaredTitle: string | null): TitledMarkdown {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const heading = first >= 0 ? openingHeading(lines, first) : null;
  if (heading && (declaredTitle === null || same(heading.text, declaredTitle))) {
    lines.splice(first, heading.lines);
    return { title: declaredTitle ?? heading.text.trim(), content: lines.join('\n') };
  }
  return { title: declaredTitle ?? firstHeadingAnywhere(lines), content: lines.join('\n') };
}
