import { describe, expect, it } from 'vitest';
import { makeSnippet, matchRanges } from '../../../../src-shared/search';

const marked = (text: string, ranges: [number, number][]): string[] => ranges.map(([a, b]) => text.slice(a, b));

describe('snippets and highlights', () => {
  it('marks every word of the query, whatever its case or accents', () => {
    const text = 'The Café opened. A cafe, then another CAFÉ.';
    expect(marked(text, matchRanges(text, 'cafe '))).toEqual(['Café', 'cafe', 'CAFÉ']);
  });

  it('marks whole phrases and prefixes', () => {
    const text = 'National security is not security theatre; nationalism is another matter.';
    expect(marked(text, matchRanges(text, '"national security"'))).toEqual(['National security']);
    expect(marked(text, matchRanges(text, 'nation'))).toEqual(['National', 'nationalism']);
  });

  it('marks Chinese strings and single characters', () => {
    const text = '加强全球安全治理，维护网络安全。';
    expect(marked(text, matchRanges(text, '安全治理'))).toEqual(['安全治理']);
    expect(marked(text, matchRanges(text, '安全'))).toEqual(['安全', '安全']);
    expect(marked(text, matchRanges(text, '网'))).toEqual(['网']);
  });

  it('ignores filters that do not concern the field', () => {
    const text = 'Doe wrote about tags.';
    expect(matchRanges(text, 'author:doe tag:tags')).toEqual([]);
    expect(marked(text, matchRanges(text, 'author:doe', 'author'))).toEqual(['Doe']);
  });

  it('shows the passage with the most matches, cut at spaces, with ranges inside it', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Here the harbour and the harbour master meet. ${'Filler text goes on. '.repeat(20)}`;
    const s = makeSnippet(text, 'harbour ', { maxLength: 80 });
    expect(s.text.length).toBeLessThanOrEqual(80);
    expect(marked(s.text, s.ranges)).toEqual(['harbour', 'harbour']);
    expect(s.start).toBeGreaterThan(0);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(text.charAt(s.start - 1)).toBe(' ');
  });

  it('returns the beginning of the text when nothing matches', () => {
    const text = 'word '.repeat(100);
    const s = makeSnippet(text, 'absent ', { maxLength: 50 });
    expect(s.start).toBe(0);
    expect(s.ranges).toEqual([]);
  });

  it('finds a match far into a long text of many paragraphs', () => {
    const text = `${'An opening paragraph without the word. '.repeat(8)}\n\n`.repeat(12) + 'At last the lighthouse.';
    const s = makeSnippet(text, 'lighthouse ', { maxLength: 60 });
    expect(marked(s.text, s.ranges)).toEqual(['lighthouse']);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
