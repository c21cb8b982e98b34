/** Omnivore's highlights/<slug>.md read back into quotes, labels and notes, as its exporter writes them. */
import { describe, expect, it } from 'vitest';
import { parseOmnivoreHighlights } from '../../../../../../src-main/services/import/migrations/omnivore-highlights';

describe('Omnivore highlights markdown', () => {
  it('reads each quote with its labels and its note', () => {
    const markdown = [
      '> The harbour lights are lit at dusk. \n\n#harbour #lights\n\nWorth quoting in the talk.',
      '> A second quote without anything else. ',
    ].join('\n\n');
    expect(parseOmnivoreHighlights(markdown)).toEqual({
      highlights: [
        { quote: 'The harbour lights are lit at dusk.', labels: ['harbour', 'lights'], note: 'Worth quoting in the talk.' },
        { quote: 'A second quote without anything else.', labels: [], note: null },
      ],
      notes: [],
    });
  });

  it('puts back the paragraph breaks the exporter wrote as "> " lines, and keeps a note of two paragraphs whole', () => {
    const markdown = '> First paragraph of the quote.\n> \nSecond paragraph of the quote. \n\nA note,\n\nin two paragraphs.';
    const [highlight] = parseOmnivoreHighlights(markdown).highlights;
    expect(highlight?.quote).toBe('First paragraph of the quote.\n\nSecond paragraph of the quote.');
    expect(highlight?.note).toBe('A note,\n\nin two paragraphs.');
  });

  it('reads a note that comes before any quote as a note on the whole article', () => {
    const markdown = 'My thoughts on the whole piece.\n\n\n\n> The one quote. ';
    expect(parseOmnivoreHighlights(markdown)).toEqual({
      highlights: [{ quote: 'The one quote.', labels: [], note: null }],
      notes: ['My thoughts on the whole piece.'],
    });
  });

  it('reads Windows line ends, and an empty file as nothing', () => {
    expect(parseOmnivoreHighlights('> Quoted.\r\n\r\nA note.').highlights).toEqual([{ quote: 'Quoted.', labels: [], note: 'A note.' }]);
    expect(parseOmnivoreHighlights('')).toEqual({ highlights: [], notes: [] });
  });
});
