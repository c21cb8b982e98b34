/** wallabag's Annotator ranges read into the words around a quote, only when the range really leads to it. */
import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '../../../../../../src-main/services/import/html-dom';
import { contextFromRange, elementAt, firstRange } from '../../../../../../src-main/services/import/migrations/annotator-range';

const ROOT = parseHtmlFragment('<p>The quay at dawn.</p><div><p>Boats leave   the quay\nat six, and return to the quay at noon.</p></div>');

describe('Annotator ranges', () => {
  it('follows the path from the article root, counting elements of the same name from 1', () => {
    expect(elementAt(ROOT, '/div[1]/p[1]')?.textContent).toMatch(/^Boats leave/);
    expect(elementAt(ROOT, '/p[2]')).toBeNull();
    expect(elementAt(ROOT, '/div[1]/text()')).toBeNull();
  });

  it('gives the words before and after the quote there, white space collapsed', () => {
    expect(contextFromRange(ROOT, { start: '/div[1]/p[1]', startOffset: 14 }, 'the quay')).toEqual({ prefix: 'Boats leave ', suffix: ' at six, and return to the quay' });
  });

  it('gives nothing when the range does not lead to the quote', () => {
    expect(contextFromRange(ROOT, { start: '/p[1]', startOffset: 30 }, 'return to')).toBeNull();
    expect(contextFromRange(ROOT, { start: '/ul[1]', startOffset: 0 }, 'The quay')).toBeNull();
  });

  it('reads the first range, its offset written as a string or a number', () => {
    expect(firstRange([{ start: '/p[3]', startOffset: '52', end: '/p[3]', endOffset: '60' }])).toEqual({ start: '/p[3]', startOffset: 52 });
    expect(firstRange([{ start: '/p[3]', startOffset: 'x' }])).toBeNull();
    expect(firstRange([])).toBeNull();
    expect(firstRange(undefined)).toBeNull();
  });
});
