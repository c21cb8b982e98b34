/** The library's ids and versions as one string for the index's worker, and back. */
import { describe, expect, it } from 'vitest';
import { decodeVersions, VersionListBuilder } from '../../../../../src-shared/search/engine/version-list';

describe('version list', () => {
  it('round-trips ids and versions page by page, keeping the ids in order', () => {
    const builder = new VersionListBuilder();
    builder.addPage([
      ['a1', 'h1|m1|0|'],
      ['b2', 'h2|m2|3|2026-01-01T00:00:00.000Z'],
    ]);
    builder.addPage([]);
    builder.addPage([['c3', '']]);
    const list = builder.build();
    expect(list.ids).toEqual(['a1', 'b2', 'c3']);
    expect([...decodeVersions(list.encoded)]).toEqual([
      ['a1', 'h1|m1|0|'],
      ['b2', 'h2|m2|3|2026-01-01T00:00:00.000Z'],
      ['c3', ''],
    ]);
    expect(decodeVersions('').size).toBe(0);
  });

  it('refuses a damaged list instead of reading it wrong', () => {
    expect(() => decodeVersions('a1\tv1\nb2')).toThrow(/damaged/);
  });
});
