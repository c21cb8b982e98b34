import { describe, expect, it } from 'vitest';
import { cleanEditMarks } from '../../../../src-shared/article/edit-marks';

describe('the edit marks between libraries', () => {
  it('keeps each mark exactly as it is, an empty list included', () => {
    const marks = { editedAt: '2026-03-01T12:00:00.000Z', editedFields: ['title', 'language'], fromFile: { title: 'From the file', language: null } };
    expect(cleanEditMarks(marks)).toEqual(marks);
    expect(cleanEditMarks({ editedAt: '2026-03-01T12:00:00.000Z', editedFields: [], fromFile: {} })).toEqual({
      editedAt: '2026-03-01T12:00:00.000Z',
      editedFields: [],
      fromFile: {},
    });
  });

  it('gives nothing for an article never corrected (a bundle written before the marks existed)', () => {
    expect(cleanEditMarks({})).toEqual({});
  });

  it('leaves out what it does not know or cannot use: other names, wrong types, a date that is none', () => {
    expect(
      cleanEditMarks({
        editedAt: 'yesterday',
        editedFields: ['title', 'mood', 7, 'title'],
        fromFile: { title: null, mood: 'calm', author: 3, source: null, url: 'https://example.org/a' },
      }),
    ).toEqual({ editedFields: ['title'], fromFile: { source: null, url: 'https://example.org/a' } });
    expect(cleanEditMarks({ editedFields: 'title', fromFile: ['title'] })).toEqual({});
  });
});
