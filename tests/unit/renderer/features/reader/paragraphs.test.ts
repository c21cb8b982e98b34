import { describe, expect, it } from 'vitest';
import { assetNameOf, resolveAssetUrl } from '../../../../../src-shared/article/asset-ref';
import { splitParagraphs } from '../../../../../src-renderer/src/features/reader/paragraphs';

describe('plain-text paragraphs', () => {
  it('splits on blank lines, including lines of spaces or no-break spaces, and keeps inner no-break spaces', () => {
    const text = 'One\u00a0paragraph\nstill one.\n\nTwo.\n \u00a0\nThree.\r\n\r\nFour.\n\n\n';
    expect(splitParagraphs(text)).toEqual(['One\u00a0paragraph\nstill one.', 'Two.', 'Three.', 'Four.']);
    expect(splitParagraphs('  \n\n ')).toEqual([]);
  });
});

describe('asset references', () => {
  const urls = new Map([
    ['chart.png', 'blob:1'],
    ['my image.png', 'blob:2'],
  ]);

  it('reads asset:<name> and resolves it, percent-decoded when needed', () => {
    expect(assetNameOf('asset:chart.png')).toBe('chart.png');
    expect(assetNameOf('asset:')).toBeNull();
    expect(assetNameOf('https://example.com/a.png')).toBeNull();
    expect(resolveAssetUrl('asset:chart.png', urls)).toBe('blob:1');
    expect(resolveAssetUrl('asset:my%20image.png', urls)).toBe('blob:2');
    expect(resolveAssetUrl('asset:%E0%A4%A', urls)).toBeUndefined();
    expect(resolveAssetUrl('asset:missing.png', urls)).toBeUndefined();
    expect(resolveAssetUrl('https://example.com/chart.png', urls)).toBeUndefined();
  });
});
