/** An export's book found in the library by title and author: only ever one article, never another's words. */
import { describe, expect, it } from 'vitest';
import { soleTitleMatch } from '../../../../src-shared/article/title-match';

const handbook = { id: 'h', title: "A Reader's Handbook", author: 'The Offprint Team' };
const other = { id: 'o', title: "A reader's  handbook", author: 'Someone Else' };
const entry = { id: 'e', title: "A Reader's Handbook", author: 'The Offprint Team', linkOnly: true };

describe('soleTitleMatch', () => {
  it('finds the one article of that title (case and spacing aside) and that author among its authors', () => {
    expect(soleTitleMatch([handbook, other], "a reader's handbook", 'the offprint team')?.id).toBe('h');
    expect(soleTitleMatch([{ ...handbook, author: 'Ann Reader; The Offprint Team' }], "A Reader's Handbook", 'The Offprint Team')?.id).toBe('h');
  });

  it('without an author, takes the title alone, and two of them are no match', () => {
    expect(soleTitleMatch([handbook], "A Reader's Handbook", null)?.id).toBe('h');
    expect(soleTitleMatch([handbook, other], "A Reader's Handbook", null)).toBeNull();
    expect(soleTitleMatch([handbook], "A Reader's Handbook", 'Ann Reader')).toBeNull();
    expect(soleTitleMatch([handbook], '  ', null)).toBeNull();
  });

  it('prefers the article with text over a link-only entry of the same book, and joins that entry when it is alone', () => {
    expect(soleTitleMatch([entry, handbook], "A Reader's Handbook", 'The Offprint Team')?.id).toBe('h');
    expect(soleTitleMatch([entry], "A Reader's Handbook", 'The Offprint Team')?.id).toBe('e');
  });
});
