/**
 * Omnivore's `highlights/<slug>.md`, as its exporter writes it (packages/api/src/utils/parser.ts,
 * highlightToMarkdown; the highlights joined by a blank line): each highlight is `> QUOTE ` (blank lines inside the
 * quote written as `> `), then, after a blank line, its labels as `#one #two`, then, after another, its note. An
 * article note (a note not on any words) is its text alone. Blocks before the first quote are article notes; blocks
 * after a quote belong to it. A note that itself begins with `> ` cannot be told from a new highlight, and is one.
 */

export interface OmnivoreHighlight {
  quote: string;
  labels: string[];
  note: string | null;
}

export interface OmnivoreHighlights {
  highlights: OmnivoreHighlight[];
  notes: string[];
}

const LABELS_LINE = /^#[^\s#]\S*(?:\s+#[^\s#]\S*)*$/;

/** The quote's words: the `> ` of its first line and of its paragraph breaks taken off, the exporter's trailing space too. */
function quoteOf(block: string): string {
  const lines = block.split('\n').map((line, index) => (index === 0 || /^>(\s|$)/.test(line) ? line.replace(/^>\s?/, '') : line));
  return lines.join('\n').replace(/\s+$/, '');
}

function blocksOf(markdown: string): string[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block !== '');
}

export function parseOmnivoreHighlights(markdown: string): OmnivoreHighlights {
  const result: OmnivoreHighlights = { highlights: [], notes: [] };
  let current: { quote: string; labels: string[]; note: string[] } | null = null;
  const finish = (): void => {
    if (current && current.quote !== '') {
      result.highlights.push({ quote: current.quote, labels: current.labels, note: current.note.length > 0 ? current.note.join('\n\n') : null });
    }
    current = null;
  };
  for (const block of blocksOf(markdown)) {
    if (block.startsWith('>')) {
      finish();
      current = { quote: quoteOf(block), labels: [], note: [] };
    } else if (!current) {
      result.notes.push(block);
    } else if (current.labels.length === 0 && current.note.length === 0 && LABELS_LINE.test(block)) {
      current.labels = block.split(/\s+/).map((label) => label.slice(1));
    } else {
      current.note.push(block);
    }
  }
  finish();
  return result;
}
