import { describe, expect, it } from 'vitest';
import { describeRange, pickSelectors } from '../../../../src-shared/anchoring';

const text = 'Zoom In | Zoom Out. The forum opened on Monday in Beijing with delegates from forty countries attending.';

describe('describeRange', () => {
  it('stores the quote with 32 characters of context on each side, and its position', () => {
    const start = text.indexOf('Beijing');
    const { quote, position } = describeRange(text, start, start + 'Beijing'.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Beijing',
      prefix: '. The forum opened on Monday in ',
      suffix: ' with delegates from forty count',
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 7 });
  });

  it('trims the context at the bounds of the text', () => {
    const atStart = describeRange(text, 0, 7);
    expect(atStart.quote.prefix).toBe('');
    expect(atStart.quote.exact).toBe('Zoom In');
    const atEnd = describeRange(text, text.length - 10, text.length);
    expect(atEnd.quote.suffix).toBe('');
    expect(atEnd.quote.prefix).toBe(text.slice(text.length - 42, text.length - 10));
  });

  it('refuses empty, reversed and out-of-bounds ranges', () => {
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError);
    expect(() => describeRange(text, 9, 4)).toThrow(RangeError);
    expect(() => describeRange(text, -1, 4)).toThrow(RangeError);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
  });
});

describe('pickSelectors', () => {
  it('takes the quote and the position out of a W3C selector array', () => {
    const { quote, position } = describeRange(text, 20, 29);
    expect(pickSelectors([position, quote])).toEqual({ quote, position });
    expect(pickSelectors([quote])).toEqual({ quote });
    expect(pickSelectors([position])).toBeNull();
  });
});
