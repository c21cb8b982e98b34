import { describe, expect, it } from 'vitest';
import { authorNamesIn, firstAuthors } from '../../../../../src-main/services/import/author-names';

describe('authorNamesIn: people and organisations, not by-line debris', () => {
  it.each([
    ['By Corey Kilgannon', ['Corey Kilgannon']],
    ['ByTravis Haney', ['Travis Haney']],
    ['By: Drew Dietsch', ['Drew Dietsch']],
    ['Written by Rob Ewaschuk Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['Jakob UlbrichFollowAug 8, 2016·7 min read', ['Jakob Ulbrich']],
    ['Julia Horowitz @juliakhorowitz November 29, 2016: 3:42 PM ET', ['Julia Horowitz']],
    ['September 10, 2011 at 1:06 PM ET by Katelyn Sabochik', ['Katelyn Sabochik']],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', ['ZDNet Japan Staff']],
    ['By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL December 16, 2016, 4:19 PM', ['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']],
    ['Gina TrapaniCEO', ['Gina Trapani']],
    ['文● オカモト', ['オカモト']],
    ['Bradon R. McDonald', ['Bradon R. McDonald']],
    ["Tim O'Reilly", ["Tim O'Reilly"]],
  ])('%s → %j', (raw, names) => {
    expect(authorNamesIn(raw)).toEqual(names);
  });

  it.each([['Follow Author'], ['21.dez.2018 às 10h55'], ['個人'], ['Photograph by Tyrone Turner, National Geographic Creative'], ['2016'], ['']])(
    'finds no author in %j',
    (raw) => {
      expect(authorNamesIn(raw)).toEqual([]);
    },
  );

  it('drops an author equal to the source ("BBC News · BBC News" on BBC News), keeping the others', () => {
    expect(authorNamesIn('BBC News · BBC News', 'BBC News')).toEqual([]);
    expect(authorNamesIn('Ann Lee, BBC News', 'BBC News')).toEqual(['Ann Lee']);
  });

  it('keeps each name once', () => {
    expect(authorNamesIn('Ann Lee and Ann Lee')).toEqual(['Ann Lee']);
  });
});

describe('firstAuthors: the metadata before the by-line guesses', () => {
  it('takes the first candidate that names somebody', () => {
    expect(firstAuthors([null, 'Follow Author', 'By Dana Wu'], null)).toEqual(['Dana Wu']);
    expect(firstAuthors(['Maria Lopez', 'By Dana Wu'], null)).toEqual(['Maria Lopez']);
  });

  it('passes over a candidate that only names the source', () => {
    expect(firstAuthors(['BBC News', 'By Dana Wu'], 'BBC News')).toEqual(['Dana Wu']);
  });
});
