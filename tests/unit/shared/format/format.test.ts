import { describe, expect, it } from 'vitest';
import { formatDate, formatLength, languageName, parseIsoDate, readingMinutes } from '../../../../src-shared/format/format';

describe('display formatting', () => {
  it('reads a date-only string as that calendar day wherever the user is', () => {
    const date = parseIsoDate('2017-09-28')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2017, 8, 28]);
    expect(parseIsoDate('not a date')).toBeNull();
    expect(parseIsoDate('2017-10-23T08:30:00Z')?.toISOString()).toBe('2017-10-23T08:30:00.000Z');
  });

  it('formats dates in the given locale and leaves non-dates as they are', () => {
    expect(formatDate('2017-09-28', 'en-US')).toBe('September 28, 2017');
    expect(formatDate('2017-09-28', 'en-GB')).toBe('28 September 2017');
    expect(formatDate('sometime', 'en-US')).toBe('sometime');
  });

  it('gives word count, reading time and language names', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
    expect(formatLength(1234, 'en-US')).toBe('1,234 words · 6 min read');
    expect(formatLength(1, 'en-US')).toBe('1 word · 1 min read');
    expect(languageName('en', 'en')).toBe('English');
    expect(languageName('zh', 'en')).toBe('Chinese');
    expect(languageName('not a tag!', 'en')).toBe('not a tag!');
  });
});
