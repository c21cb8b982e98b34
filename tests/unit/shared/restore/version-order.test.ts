import { describe, expect, it } from 'vitest';
import { compareVersions, isOlderVersion } from '../../../../src-shared/restore/version-order';

describe('version order', () => {
  it('compares part by part as numbers', () => {
    expect(compareVersions('120.0.6099.71', '120.0.6099.9')).toBeGreaterThan(0);
    expect(compareVersions('119.0.1', '120')).toBeLessThan(0);
    expect(compareVersions('41.7.1', '41.7.1')).toBe(0);
    expect(compareVersions('41.7', '41.7.0')).toBe(0);
  });

  it('an older Chromium is older only when both are versions', () => {
    expect(isOlderVersion('130.0.1', '146.0.7')).toBe(true);
    expect(isOlderVersion('146.0.7', '130.0.1')).toBe(false);
    expect(isOlderVersion('', '146.0.7')).toBe(false);
    expect(isOlderVersion('146.0.7', 'unknown')).toBe(false);
  });
});
