import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../src-shared/search';
import { doc, idSet, indexOf } from './helpers';

describe('the query language', () => {
  it('parses words, phrases, filters and the word being typed', () => {
    expect(parseQuery('author:"Jane Doe" tag:History "open data" secu').clauses).toEqual([
      { field: 'author', text: 'Jane Doe', phrase: true, prefix: false },
      { field: 'tag', text: 'History', phrase: false, prefix: false },
      { field: 'any', text: 'open data', phrase: true, prefix: false },
      { field: 'any', text: 'secu', phrase: false, prefix: true },
    ]);
    expect(parseQuery('secu ').clauses[0]?.prefix).toBe(false);
    expect(parseQuery('gov* policy ').clauses[0]).toEqual({ field: 'any', text: 'gov', phrase: false, prefix: true });
    expect(parseQuery('"unclosed phrase').clauses).toEqual([
      { field: 'any', text: 'unclosed phrase', phrase: true, prefix: false },
    ]);
    expect(parseQuery('   ').clauses).toEqual([]);
  });
});

describe('prefixes, phrases and filters', () => {
  const library = indexOf([
    doc('1', 'National security is a matter of policy.', { author: 'Jane Doe', source: 'The Times', tags: ['Politics'] }),
    doc('2', 'Security of the nation; national pride.', { author: 'John Smith', source: 'Daily Post', tags: ['history'] }),
    doc('3', 'Securities and exchange commission rules.', { author: 'Jane Roe', source: 'Finance Weekly' }),
    doc('4', 'Gardening tips for spring.', { author: 'Ann Doe', tags: ['Open Access', 'garden'] }),
  ]);

  it('matches the last word as a prefix while typing, and exactly once a space follows', () => {
    expect(idSet(library, 'secur')).toEqual(['1', '2', '3']);
    expect(idSet(library, 'securit')).toEqual(['1', '2', '3']);
    expect(idSet(library, 'security')).toEqual(['1', '2']);
    expect(idSet(library, 'security ')).toEqual(['1', '2']);
    expect(idSet(library, 'national secu')).toEqual(['1', '2']);
    // Only the last word is a prefix: no article has all the words (the ones found have "national" only).
    expect(library.search('secu national').partial).toBe(true);
  });

  it('matches phrases only with the words adjacent and in order', () => {
    expect(idSet(library, '"national security"')).toEqual(['1']);
    expect(idSet(library, '"security national"')).toEqual([]);
    expect(idSet(library, '"of the nation"')).toEqual(['2']);
    expect(idSet(library, 'national security ')).toEqual(['1', '2']);
  });

  it('filters by author and source, on those fields only', () => {
    expect(idSet(library, 'author:doe')).toEqual(['1', '4']);
    expect(idSet(library, 'author:"jane doe"')).toEqual(['1']);
    expect(idSet(library, 'author:jane secur')).toEqual(['1', '3']);
    expect(idSet(library, 'author:jan')).toEqual(['1', '3']);
    expect(idSet(library, 'source:times')).toEqual(['1']);
    expect(idSet(library, 'source:weekly securities ')).toEqual(['3']);
    expect(idSet(library, 'author:security')).toEqual([]);
  });

  it('filters by exact tag, ignoring case, and never matches tags as words', () => {
    expect(idSet(library, 'tag:politics')).toEqual(['1']);
    expect(idSet(library, 'tag:"open access"')).toEqual(['4']);
    expect(idSet(library, 'tag:open')).toEqual([]);
    expect(idSet(library, 'tag:history security ')).toEqual(['2']);
    expect(idSet(library, 'politics')).toEqual([]);
  });

  it("finds an article by its page's keywords as words, not as tags", () => {
    const withKeywords = indexOf([
      doc('k', 'Notes from the harbour.', { keywords: ['Marine life', '海洋保护'], tags: ['to-read'] }),
      doc('other', 'Nothing of the kind.'),
    ]);
    expect(idSet(withKeywords, 'marine life ')).toEqual(['k']);
    expect(idSet(withKeywords, '"marine life"')).toEqual(['k']);
    expect(idSet(withKeywords, '海洋保护')).toEqual(['k']);
    expect(idSet(withKeywords, 'tag:"marine life"')).toEqual([]);
    expect(idSet(withKeywords, 'tag:to-read')).toEqual(['k']);
  });

  it('finds nothing for an empty query or a word nobody wrote', () => {
    expect(library.search('').total).toBe(0);
    expect(library.search('!!!').total).toBe(0);
    expect(idSet(library, 'zebra ')).toEqual([]);
  });

  it('pages through results with limit and offset', () => {
    const all = library.search('secur', { limit: 10 });
    expect(all.total).toBe(3);
    const page = library.search('secur', { limit: 1, offset: 1 });
    expect(page.total).toBe(3);
    expect(page.hits.map((h) => h.id)).toEqual([all.hits[1]?.id]);
  });
});

describe('words in parts (dotted names, abbreviations, hyphens)', () => {
  const library = indexOf([
    doc('lwn-edition', 'The weekly edition of the site.', { title: 'LWN.net Weekly Edition for December 1' }),
    doc('lwn-plain', 'As LWN reported, the kernel changed.', { title: 'A kernel story' }),
    doc('lwn-lookalike', 'The lwnx project is unrelated.', { title: 'Lookalike' }),
    doc('us-dotted', 'The U.S. budget grew.', { title: 'Budget one' }),
    doc('us-plain', 'The US budget grew.', { title: 'Budget two' }),
    doc('email-hyphen', 'Send an e-mail today.', { title: 'Mail one' }),
    doc('email-plain', 'Send an email today.', { title: 'Mail two' }),
    doc('email-spaced', 'The letter e mail merge.', { title: 'Mail three' }),
  ]);

  it('finds "LWN.net" by "LWN" as a whole word, also before another word', () => {
    expect(idSet(library, 'lwn ')).toEqual(['lwn-edition', 'lwn-plain']);
    expect(idSet(library, 'LWN weekly')).toEqual(['lwn-edition']);
    expect(idSet(library, 'lwn.net')).toEqual(['lwn-edition']);
    expect(idSet(library, 'lwn')).toEqual(['lwn-edition', 'lwn-lookalike', 'lwn-plain']); // still typing: a prefix
  });

  it('finds "U.S." and "US" by either', () => {
    expect(idSet(library, 'U.S. ')).toEqual(['us-dotted', 'us-plain']);
    expect(idSet(library, 'US ')).toEqual(['us-dotted', 'us-plain']);
    expect(idSet(library, 'u.s budget')).toEqual(['us-dotted', 'us-plain']);
  });

  it('finds "e-mail" and "email" by either, and "e-mail" also written "e mail"', () => {
    expect(idSet(library, 'email ')).toEqual(['email-hyphen', 'email-plain']);
    expect(idSet(library, 'e-mail ')).toEqual(['email-hyphen', 'email-plain', 'email-spaced']);
    expect(idSet(library, 'e-ma')).toEqual(['email-hyphen', 'email-plain']);
    expect(idSet(library, '"e mail"')).toEqual(['email-hyphen', 'email-spaced']);
  });
});
