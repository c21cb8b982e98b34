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
    ['文● オカモト／ASCII編集部', ['オカモト']],
    ['NeoL／ネオエル', ['NeoL／ネオエル']],
    ['By Cindy mangomini', ['Cindy mangomini']],
    ['doumae', ['doumae']],
    ['作者： Diogo Carleto 翻訳者 中村 真子', ['Diogo Carleto']],
    ['Dina Dixon', ['Dina Dixon']],
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

  it("drops the site's other names: its name with more words, its host, its copyright holder", () => {
    expect(authorNamesIn('Pete Evans, CBC News', 'CBC')).toEqual(['Pete Evans']);
    expect(authorNamesIn('ASCII', ['週刊アスキー', 'ascii'])).toEqual([]);
    expect(authorNamesIn('Condé Nast', ['WIRED', 'Copyright (c) Condé Nast 2022'])).toEqual([]);
    expect(authorNamesIn('Slater Jones', 'Slate')).toEqual(['Slater Jones']);
    expect(authorNamesIn('ZDNet Japan Staff', ['ZDNet Japan', 'zdnet'])).toEqual(['ZDNet Japan Staff']);
  });

  it('keeps the author of a Japanese credit, not its translators', () => {
    expect(authorNamesIn('Eric Freeman 著, 嶋田 健志 監訳, 木下 哲也 訳')).toEqual(['Eric Freeman']);
  });

  it('drops what a share bar or dateline leaves after a name', () => {
    expect(authorNamesIn('Steven Shepard Link Copied')).toEqual(['Steven Shepard']);
    expect(authorNamesIn('Rebecca Hersher Twitter')).toEqual(['Rebecca Hersher']);
    expect(authorNamesIn('Cécile Ducourtieux(Bruxelles')).toEqual(['Cécile Ducourtieux']);
    expect(authorNamesIn('Cécile Ducourtieux (Bruxelles, bureau européen)')).toEqual(['Cécile Ducourtieux']);
    expect(authorNamesIn('mediagene Inc')).toEqual([]);
    expect(authorNamesIn('Saibal Dasgupta / Updated: Oct 9, 2019, 11:05 ISTShareAA+Text SizeSmallMediumLarge')).toEqual(['Saibal Dasgupta']);
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

  it('passes over a desk ("Us Weekly Staff") for a person named later, and keeps the desk when nobody is', () => {
    expect(firstAuthors(['Us Weekly Staff', 'By Megan French December 7, 2016'], 'Us Weekly')).toEqual(['Megan French']);
    expect(firstAuthors(['ZDNet Japan Staff', null], 'ZDNet Japan')).toEqual(['ZDNet Japan Staff']);
  });

  it('passes over a candidate that only names the source', () => {
    expect(firstAuthors(['BBC News', 'By Dana Wu'], 'BBC News')).toEqual(['Dana Wu']);
  });
});
