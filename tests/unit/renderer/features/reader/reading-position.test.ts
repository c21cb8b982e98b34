import { describe, expect, it } from 'vitest';
import { formatProgress, pageFraction } from '../../../../../src-renderer/src/features/reader/reading-geometry';
import { parsePosition, positionKey, readKey } from '../../../../../src-renderer/src/data/reading-position-store';

describe('stored reading positions', () => {
  it('reads back a text anchor with its fallback fraction', () => {
    expect(parsePosition({ textOffset: 1234, fraction: 0.4 })).toEqual({ textOffset: 1234, fraction: 0.4 });
    expect(parsePosition({ textOffset: null, fraction: 0 })).toEqual({ textOffset: null, fraction: 0 });
  });

  it('a broken anchor falls back to the fraction; no fraction means no position', () => {
    expect(parsePosition({ textOffset: -3, fraction: 0.5 })).toEqual({ textOffset: null, fraction: 0.5 });
    expect(parsePosition({ textOffset: 2.5, fraction: 7 })).toEqual({ textOffset: null, fraction: 1 });
    expect(parsePosition({ textOffset: 10 })).toBeNull();
    expect(parsePosition('middle')).toBeNull();
    expect(parsePosition(null)).toBeNull();
  });

  it('keeps one row per article', () => {
    expect(positionKey('a1')).toBe('reader.position.a1');
    expect(readKey('a1')).toBe('reader.read.a1');
  });

  it('progress and scroll fractions stay within 0 and 1', () => {
    expect(pageFraction(500, 1000)).toBe(0.5);
    expect(pageFraction(50, 0)).toBe(0);
    expect(pageFraction(1200, 1000)).toBe(1);
    expect(formatProgress(0.424)).toBe('42%');
    expect(formatProgress(1)).toBe('100%');
    expect(formatProgress(0.424, 'de')).toBe('42\u00a0%');
  });
});
