/** Quote-only highlights placed on the imported text only where they are certain: once, and nowhere else. */
import { describe, expect, it } from 'vitest';
import { placeQuotes, uniqueRange } from '../../../../../../src-main/services/import/migrations/place-quotes';

const TEXT = 'The ferry leaves at six.\n\nThe café opens at six. The ferry leaves at nine in winter.';

describe('placing exported quotes', () => {
  it('finds a quote that is in the text once, also when its line breaks differ from the text’s', () => {
    expect(uniqueRange(TEXT, 'The café opens')).toEqual({ start: 26, end: 40 });
    const across = uniqueRange(TEXT, 'leaves at six. The café');
    expect(across && TEXT.slice(across.start, across.end)).toBe('leaves at six.\n\nThe café');
  });

  it('places nothing for a quote found twice (also with other spacing) or not at all', () => {
    expect(uniqueRange(TEXT, 'The ferry leaves at')).toBeNull();
    expect(uniqueRange('one  two\nthree one two three', 'one two three')).toBeNull();
    expect(uniqueRange(TEXT, 'The ferry leaves at ten')).toBeNull();
  });

  it('gives a placed quote its context and position, an orphan its words only, and each its note and date', () => {
    const [placed, orphan] = placeQuotes(
      TEXT,
      [
        { quote: 'opens at six', note: 'Early!', createdAt: '2024-01-02T00:00:00.000Z' },
        { quote: 'The ferry leaves at', note: null, createdAt: null },
        { quote: '   ', note: 'an empty quote is no highlight', createdAt: null },
      ],
      'test:1',
      '2024-01-01T00:00:00.000Z',
    ).map(({ id, ...rest }) => ({ id: id.length, ...rest }));
    expect(placed).toEqual({
      id: 41,
      color: 'yellow',
      selectors: [
        { type: 'TextQuoteSelector', exact: 'opens at six', prefix: ' ferry leaves at six.\n\nThe café ', suffix: '. The ferry leaves at nine in wi' },
        { type: 'TextPositionSelector', start: 35, end: 47 },
      ],
      note: 'Early!',
      createdAt: '2024-01-02T00:00:00.000Z',
    });
    expect(orphan).toMatchObject({ selectors: [{ type: 'TextQuoteSelector', exact: 'The ferry leaves at', prefix: '', suffix: '' }], createdAt: '2024-01-01T00:00:00.000Z' });
  });
});
