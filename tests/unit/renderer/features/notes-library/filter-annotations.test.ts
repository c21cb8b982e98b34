/** The Notes view's filters and search: article, colour, tag, folded substring search in any script. */
import { describe, expect, it } from 'vitest';
import type { HighlightRecord, NoteRecord } from '../../../../../src-renderer/src/data/database';
import { groupAnnotations } from '../../../../../src-renderer/src/data/notes-library-query';
import {
  NO_FILTER,
  describeFilter,
  filterAnnotations,
  filterChoices,
} from '../../../../../src-renderer/src/features/notes-library/filter-annotations';
import { formatEditedAt } from '../../../../../src-renderer/src/features/notes/note-times';
import { article } from '../../../shared/notes-export/fixtures';

const note = (id: string, articleId: string, body: string): NoteRecord => ({ id, articleId, body, createdAt: `2024-01-0${id.length}T00:00:00Z`, updatedAt: '2024-01-01T00:00:00Z' });
const mark = (id: string, articleId: string, color: string, exact: string, text: string | null = null): HighlightRecord => ({
  id,
  articleId,
  color,
  selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }],
  note: text,
  createdAt: '2024-01-01T00:00:00Z',
});

const groups = groupAnnotations(
  [article({ id: 'en', title: 'Rivers', tags: ['water'] }), article({ id: 'zh', title: '读书', tags: ['books', 'water'] }), article({ id: 'ja', title: '日本', tags: [] })],
  [note('n1', 'en', 'The Café on the **Rhône**'), note('n2', 'zh', '这本书讨论了读书的方法')],
  [mark('h1', 'en', 'green', 'Rivers shape cities', 'see Straße'), mark('h2', 'zh', 'pink', '全球安全治理'), mark('h3', 'ja', 'weird', 'カタカナの文章')],
);

const ids = (filter = {}) =>
  filterAnnotations(groups, { ...NO_FILTER, ...filter }).flatMap((g) => [...g.highlights.map((h) => h.id), ...g.notes.map((n) => n.id)]).sort();

describe('filtering the Notes view', () => {
  it('shows everything without a filter', () => expect(ids()).toEqual(['h1', 'h2', 'h3', 'n1', 'n2']));
  it('by article', () => expect(ids({ articleId: 'zh' })).toEqual(['h2', 'n2']));
  it('by colour: highlights of that colour only (an unknown colour counts as yellow)', () => {
    expect(ids({ color: 'pink' })).toEqual(['h2']);
    expect(ids({ color: 'yellow' })).toEqual(['h3']);
  });
  it('by tag', () => expect(ids({ tag: 'books' })).toEqual(['h2', 'n2']));
  it('filters combine', () => expect(ids({ tag: 'water', color: 'green' })).toEqual(['h1']));

  it.each([
    ['cafe rhone', []],
    ['CAFÉ ON', ['n1']],
    ['rhone', ['n1']],
    ['the cafe on the rhone', ['n1']],
    ['strasse', ['h1']],
    ['SHAPE', ['h1']],
    ['读书', ['n2']],
    ['安全', ['h2']],
    ['ｶﾀｶﾅ', ['h3']],
    ['カナの', ['h3']],
    ['   ', ['h1', 'h2', 'h3', 'n1', 'n2']],
  ])('search %j finds %j (folded substring of notes, quotes and highlight notes)', (query, expected) => {
    expect(ids({ query })).toEqual(expected);
  });

  it('offers the articles, tags and colours in use', () => {
    expect(filterChoices(groups)).toEqual({
      articles: [
        { id: 'en', title: 'Rivers' },
        { id: 'ja', title: '日本' },
        { id: 'zh', title: '读书' },
      ],
      tags: ['books', 'water'],
      colors: ['green', 'pink', 'yellow'],
    });
  });

  it('describes the filter for the export', () => {
    expect(describeFilter(NO_FILTER, () => undefined)).toBe('All notes and highlights');
    expect(describeFilter({ articleId: 'zh', color: 'pink', tag: null, query: ' 安全 ' }, () => '读书')).toBe('Article: 读书 · Colour: pink · Search: “安全”');
  });
});

describe('a note edited the same day shows only the time of the edit', () => {
  it('same day: time only; another day: date and time', () => {
    expect(formatEditedAt('2026-11-26T09:14:00', '2026-11-26T09:20:00', 'en-GB')).toBe('09:20');
    expect(formatEditedAt('2026-11-26T09:14:00', '2026-11-27T08:00:00', 'en-GB')).toBe('27 Nov 2026, 08:00');
  });
});
