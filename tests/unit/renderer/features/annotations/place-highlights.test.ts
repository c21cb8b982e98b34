/** Stored highlights placed on the text shown now: document order, re-anchored after edits, orphans kept. */
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../../../src-shared/anchoring';
import { placeHighlights } from '../../../../../src-renderer/src/features/annotations/highlighting/place-highlights';
import { highlightQuote } from '../../../../../src-shared/anchoring/highlight-record';
import type { HighlightRecord } from '../../../../../src-renderer/src/data/database';

const TEXT =
  'Offprints were sent by post.\n\nA reader kept them in boxes, sorted by author and year. Their letters went with them.\n\nMost are lost now.';

function highlightOf(id: string, text: string, phrase: string, createdAt = '2026-01-01T00:00:00.000Z'): HighlightRecord {
  const start = text.indexOf(phrase);
  const { quote, position } = describeRange(text, start, start + phrase.length);
  return { id, articleId: 'a', color: 'yellow', selectors: [quote, position], note: null, createdAt };
}

describe('placeHighlights', () => {
  it('places highlights in document order, whatever order they were made in', () => {
    const later = highlightOf('1', TEXT, 'Most are lost');
    const earlier = highlightOf('2', TEXT, 'sent by post');
    const { placed, orphans } = placeHighlights(TEXT, [later, earlier]);
    expect(placed.map((p) => [p.highlight.id, TEXT.slice(p.start, p.end), p.how])).toEqual([
      ['2', 'sent by post', 'exact-position'],
      ['1', 'Most are lost', 'exact-position'],
    ]);
    expect(orphans).toEqual([]);
  });

  it('finds a highlight again after text was inserted before it, and makes an orphan of one whose text is gone', () => {
    const kept = highlightOf('kept', TEXT, 'sorted by author and year');
    const gone = highlightOf('gone', TEXT, 'Most are lost now');
    const edited = `A new opening paragraph.\n\n${TEXT.replace('Most are lost now.', 'Many survive in archives.')}`;
    const { placed, orphans } = placeHighlights(edited, [kept, gone]);
    expect(placed.map((p) => edited.slice(p.start, p.end))).toEqual(['sorted by author and year']);
    expect(placed[0]!.how).toBe('quote');
    expect(orphans.map((o) => o.id)).toEqual(['gone']);
    expect(highlightQuote(orphans[0]!)).toBe('Most are lost now');
  });

  it('makes an orphan of a highlight with malformed or missing selectors instead of failing', () => {
    const broken: HighlightRecord = { id: 'x', articleId: 'a', color: 'blue', selectors: [{ type: 'TextQuoteSelector', exact: 5 }, null, 'text'], note: null, createdAt: '' };
    expect(placeHighlights(TEXT, [broken])).toEqual({ placed: [], orphans: [broken] });
    expect(highlightQuote(broken)).toBe('');
  });
});
