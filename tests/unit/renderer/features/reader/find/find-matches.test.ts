import { describe, expect, it } from 'vitest';
import {
  MAX_MATCHES,
  findMatches,
  findStatus,
  joinPieces,
  pieceOffset,
  stepIndex,
} from '../../../../../../src-renderer/src/features/reader/find/find-matches';
import { createI18n } from '../../../../../../src-shared/i18n';

const t = createI18n('en').getFixedT(null, 'reader');

const found = (text: string, query: string) => findMatches(text, query).map((m) => text.slice(m.start, m.end));

describe('find in article: matching', () => {
  it('finds every occurrence, ignoring case', () => {
    expect(found('Rivers and rivers and RIVERS.', 'river')).toEqual(['River', 'river', 'RIVER']);
  });

  it('folds diacritics both ways and maps the match back to the original letters', () => {
    expect(found('Café, cafe and CAFÉ crème', 'cafe')).toEqual(['Café', 'cafe', 'CAFÉ']);
    expect(found('the cafe', 'café')).toEqual(['cafe']);
    expect(found('Straße and strasse', 'strasse')).toEqual(['Straße', 'strasse']);
  });

  it('finds Chinese and Japanese without spaces', () => {
    expect(found('小时候，县城里只有一座图书馆。图书馆在老街。', '图书馆')).toEqual(['图书馆', '图书馆']);
    expect(found('東京の図書館で読む', '図書館')).toEqual(['図書館']);
  });

  it('lets any white space match any other, within a block only', () => {
    expect(found('rule  of\nlaw', 'rule of law')).toEqual(['rule  of\nlaw']);
    const hay = joinPieces([
      { text: 'the end of the rule', newBlock: true },
      { text: 'of law', newBlock: true },
    ]);
    expect(findMatches(hay.text, 'rule of law')).toEqual([]);
  });

  it('treats the query literally and finds nothing for an empty one', () => {
    expect(found('a (b) c.d', '(b)')).toEqual(['(b)']);
    expect(found('abc', 'a.c')).toEqual([]);
    expect(found('abc', '   ')).toEqual([]);
  });

  it('does not overlap matches and stops at the limit', () => {
    expect(found('aaaa', 'aa')).toEqual(['aa', 'aa']);
    expect(findMatches('a'.repeat(MAX_MATCHES + 10), 'a')).toHaveLength(MAX_MATCHES);
  });
});

describe('find in article: pieces and steps', () => {
  it('joins the text of inline pieces directly, so a word split by markup is found', () => {
    const hay = joinPieces([
      { text: 'Ser', newBlock: true },
      { text: 'endipity', newBlock: false },
    ]);
    const [m] = findMatches(hay.text, 'serendipity');
    expect(m).toEqual({ start: 0, end: 11 });
    expect(pieceOffset(hay.starts, m!.start)).toEqual({ piece: 0, offset: 0 });
    expect(pieceOffset(hay.starts, m!.end, true)).toEqual({ piece: 1, offset: 8 });
  });

  it('maps offsets after a block break to the right piece', () => {
    const hay = joinPieces([
      { text: 'one', newBlock: true },
      { text: 'two', newBlock: true },
    ]);
    const [m] = findMatches(hay.text, 'two');
    expect(pieceOffset(hay.starts, m!.start)).toEqual({ piece: 1, offset: 0 });
    expect(pieceOffset(hay.starts, m!.end, true)).toEqual({ piece: 1, offset: 3 });
    expect(pieceOffset(hay.starts, 3, true)).toEqual({ piece: 0, offset: 3 });
  });

  it('steps forward and back with wrap-around', () => {
    expect(stepIndex(-1, 3, 1)).toBe(0);
    expect(stepIndex(-1, 3, -1)).toBe(2);
    expect(stepIndex(2, 3, 1)).toBe(0);
    expect(stepIndex(0, 3, -1)).toBe(2);
    expect(stepIndex(0, 0, 1)).toBe(-1);
  });

  it('says where the reader is among the matches', () => {
    expect(findStatus(2, 12, 'x', t)).toBe('3 of 12');
    expect(findStatus(4, 5000, 'x', t)).toBe('5 of 5,000+');
    expect(findStatus(-1, 0, 'x', t)).toBe('No matches');
    expect(findStatus(-1, 0, ' ', t)).toBe('');
    expect(findStatus(2, 1200, 'x', createI18n('de').getFixedT(null, 'reader'))).toBe('3 von 1.200');
  });
});
