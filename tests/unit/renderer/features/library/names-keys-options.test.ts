import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../../src-shared/i18n';
import { facetOptions, visibleOptions } from '../../../../../src-renderer/src/features/library/facet-options';
import { NONE } from '../../../../../src-renderer/src/features/library/library-filters';
import { cleanName, countValues, renamedValue, withoutValue, withValue } from '../../../../../src-renderer/src/data/names';
import { nextRowIndex } from '../../../../../src-renderer/src/features/library/row-keys';

const t = createI18n('en').getFixedT('en', 'library');

describe('tag and collection names', () => {
  it('are trimmed and collapsed; empty or too long names are refused with a reason', () => {
    expect(cleanName('  slow   reading ', 'tag')).toBe('slow reading');
    expect(() => cleanName('   ', 'tag')).toThrow('A tag needs a name.');
    expect(() => cleanName('x'.repeat(65), 'collection')).toThrow('A collection name can have at most 64 characters.');
  });

  it('edit lists without duplicates; renaming into a present value merges', () => {
    expect(withValue(['a'], 'b')).toEqual(['a', 'b']);
    expect(withValue(['a', 'b'], 'b')).toEqual(['a', 'b']);
    expect(withoutValue(['a', 'b'], 'a')).toEqual(['b']);
    expect(renamedValue(['a', 'b', 'c'], 'a', 'c')).toEqual(['c', 'b']);
    expect(renamedValue(['a', 'b'], 'a', 'z')).toEqual(['z', 'b']);
    expect(countValues([['a', 'b'], ['b'], []])).toEqual([['b', 2], ['a', 1]]);
  });
});

describe('moving between rows with keys', () => {
  it('goes by one with the arrows, to the ends with Home and End, never outside', () => {
    expect(nextRowIndex('ArrowDown', 3, 10)).toBe(4);
    expect(nextRowIndex('ArrowDown', 9, 10)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10)).toBe(0);
    expect(nextRowIndex('Home', 7, 10)).toBe(0);
    expect(nextRowIndex('End', 0, 100_000)).toBe(99_999);
    expect(nextRowIndex('PageDown', 95, 100)).toBe(99);
    expect(nextRowIndex('a', 3, 10)).toBeNull();
    expect(nextRowIndex('End', 0, 0)).toBeNull();
  });
});

describe('facet options', () => {
  it('are labelled, most articles first, chosen ones kept, collections by name even when empty', () => {
    const sources = facetOptions('source', new Map([['B', 1], ['A', 3], [NONE, 2]]), ['Gone'], new Map(), t);
    expect(sources.map((o) => [o.label, o.count])).toEqual([['A', 3], ['No source', 2], ['B', 1], ['Gone', 0]]);
    const shelves = facetOptions('collection', new Map([['c1', 2], ['deleted', 1]]), [], new Map([['c1', 'Winter'], ['c2', 'Empty']]), t);
    expect(shelves.map((o) => [o.label, o.count])).toEqual([['Winter', 2], ['Empty', 0]]);
    const status = facetOptions('status', new Map([['read', 4], ['archived', 2]]), [], new Map(), t);
    expect(status.map((o) => [o.label, o.count])).toEqual([['Unread', 0], ['Read', 4], ['Favourites', 0], ['Archived', 2]]);
    expect(facetOptions('language', new Map([['fr', 1]]), [], new Map(), t)[0]?.label).toMatch(/fr/);
  });

  it('show the first few and any chosen one further down', () => {
    const options = ['a', 'b', 'c', 'd'].map((value, i) => ({ value, label: value, count: 10 - i }));
    expect(visibleOptions(options, ['d'], 2).map((o) => o.value)).toEqual(['a', 'b', 'd']);
  });
});
