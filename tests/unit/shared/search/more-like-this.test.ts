/**
 * "More like this" over the index: the neighbours of each article in a small library in English, Chinese and
 * Japanese, the metadata bonuses, and that the answers follow the library (added, edited, deleted articles).
 */
import { describe, expect, it } from 'vitest';
import { InvertedIndex, type SearchDocument } from '../../../../src-shared/search';
import { lengthFactor } from '../../../../src-shared/search/more-like-this';
import { LIBRARY, byId } from './fixture-library';

function libraryIndex(docs: SearchDocument[] = LIBRARY): InvertedIndex {
  const index = new InvertedIndex({ flushDocs: 4 }); // several segments, as in a grown library
  for (const doc of docs) index.add(doc);
  return index;
}

const neighbours = (index: InvertedIndex, id: string): string[] => index.moreLikeThis(byId(id)).map((h) => h.id);

describe('more like this', () => {
  it('finds the English articles on the same subject first, with the terms they share', () => {
    const index = libraryIndex();
    const hits = index.moreLikeThis(byId('en-carbon-tax'));
    expect(hits.map((h) => h.id)).toEqual(['en-emissions-trading', 'en-heatwaves']);
    expect(hits[0]?.sharedTerms.slice(0, 2)).toEqual(['carbon', 'emissions']);
    expect(neighbours(index, 'en-bees')).toEqual(['en-pollinators']);
    expect(index.moreLikeThis(byId('en-bees'))[0]?.sharedTerms).toEqual(
      expect.arrayContaining(['bees', 'orchards', 'pesticides']),
    );
  });

  it('finds Chinese neighbours by their bigrams, and shows whole words', () => {
    const index = libraryIndex();
    const [first] = index.moreLikeThis(byId('zh-carbon'));
    expect(first?.id).toBe('zh-climate');
    expect(first?.sharedTerms).toEqual(expect.arrayContaining(['碳排放', '可再生能源']));
    expect(neighbours(index, 'zh-tea')).toEqual(['zh-tea-house']);
  });

  it('finds Japanese neighbours, without particles in the shared terms', () => {
    const index = libraryIndex();
    const [first] = index.moreLikeThis(byId('ja-quake'));
    expect(first?.id).toBe('ja-tsunami');
    expect(first?.sharedTerms).toEqual(expect.arrayContaining(['地震', '津波']));
    for (const term of first?.sharedTerms ?? []) expect(term).not.toMatch(/^[\u3041-\u309f]|[\u3041-\u309f]$/u);
  });

  it('never relates an article to itself, and leaves out articles that share nothing', () => {
    const index = libraryIndex();
    for (const doc of LIBRARY) expect(neighbours(index, doc.id)).not.toContain(doc.id);
    expect(neighbours(index, 'en-sourdough')).toEqual([]);
    expect(neighbours(index, 'ja-ramen')).toEqual([]);
  });

  it('gives at most `limit` articles, best first', () => {
    const index = libraryIndex();
    const hits = index.moreLikeThis(byId('en-carbon-tax'), { limit: 1 });
    expect(hits.map((h) => h.id)).toEqual(['en-emissions-trading']);
    const all = index.moreLikeThis(byId('en-heatwaves'));
    expect(all.length).toBeLessThanOrEqual(5);
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('relates by the same author or a shared tag alone, on exact values only; never by the source alone', () => {
    const base = (id: string, over: Partial<SearchDocument>): SearchDocument => ({ id, title: id, body: '', ...over });
    const target = base('t', { author: 'Mara Quist', source: 'The Climate Desk', tags: ['Climate', 'Economy'] });
    const index = libraryIndex([
      target,
      base('author', { author: 'mara quist' }),
      base('longer-author', { author: 'Mara Quist Jr' }),
      base('source', { source: 'The Climate Desk' }),
      base('two-tags', { tags: ['climate', 'economy'] }),
      base('one-tag', { tags: ['climate'] }),
      base('nothing', { author: 'Someone', source: 'Elsewhere' }),
    ]);
    const hits = index.moreLikeThis(target);
    expect(hits.map((h) => h.id)).toEqual(['author', 'two-tags', 'one-tag']);
    expect(hits[0]).toMatchObject({ sameAuthor: true, sameSource: false, sharedTerms: [], sharedTags: [] });
    expect(hits[1]?.sharedTags).toEqual(['Climate', 'Economy']);
  });

  it('takes the same source as evidence beside one shared term, and boosts the text similarity with metadata', () => {
    const body = 'Glaciers retreat.';
    const docs: SearchDocument[] = [
      { id: 't', title: 't', body, source: 'Alpine News' },
      { id: 'same-source', title: 's', body: 'Glaciers and tourism.', source: 'Alpine News' },
      { id: 'other-source', title: 'o', body: 'Glaciers and tourism.', source: 'Elsewhere' },
      ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, title: id, body: `${id} unrelated words` })),
    ];
    const hits = libraryIndex(docs).moreLikeThis(docs[0] as SearchDocument);
    expect(hits.map((h) => h.id)).toEqual(['same-source']);
    expect(hits[0]?.score).toBeGreaterThan(hits[0]?.similarity ?? Infinity);
  });

  it('adds the bonuses to the text similarity', () => {
    const index = libraryIndex();
    const [trading, heat] = index.moreLikeThis(byId('en-carbon-tax'));
    expect(trading).toMatchObject({ sameAuthor: true, sameSource: false, sharedTags: ['climate'] });
    expect(trading?.score).toBeGreaterThan(trading?.similarity ?? Infinity);
    expect(heat).toMatchObject({ sameAuthor: false, sameSource: true, sharedTags: ['climate'] });
  });

  it('follows the library: a deleted article is gone, an added one appears, an edited one is judged anew', () => {
    const index = libraryIndex();
    expect(neighbours(index, 'en-bees')).toEqual(['en-pollinators']);
    index.remove('en-pollinators');
    expect(neighbours(index, 'en-bees')).toEqual([]);
    index.add({ id: 'en-hives', title: 'Renting hives to orchards', body: 'Farmers rent hives of honey bees for the orchards.' });
    expect(neighbours(index, 'en-bees')).toEqual(['en-hives']);
    index.update({ id: 'en-hives', title: 'Sourdough', body: 'Flour and water.' });
    expect(neighbours(index, 'en-bees')).toEqual([]);
  });

  it('works for an article not yet in the index, and across a stored and reloaded index', () => {
    const index = libraryIndex(LIBRARY.filter((d) => d.id !== 'en-bees'));
    expect(neighbours(index, 'en-bees')).toEqual(['en-pollinators']);
    const reloaded = InvertedIndex.deserialize(libraryIndex().serialize());
    expect(neighbours(reloaded, 'zh-tea')).toEqual(['zh-tea-house']);
  });

  it('weights terms by TF-IDF from the index: a word every article has is not a reason', () => {
    const docs = ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id, body: `library common words ${id}` }));
    const index = libraryIndex([
      ...docs,
      { id: 'x', title: 'x', body: 'library glaciers melting glaciers' },
      { id: 'y', title: 'y', body: 'library glaciers melting fast' },
    ]);
    const [hit] = index.moreLikeThis({ id: 'x', title: 'x', body: 'library glaciers melting glaciers' });
    expect(hit?.id).toBe('y');
    expect(hit?.sharedTerms).toEqual(['glaciers', 'melting']);
  });

  it('measures against the whole article: two words shared out of two is alike, out of twenty is not', () => {
    const long = 'Reading by lamplight, marginalia, bookbinding, typesetting, woodcuts, ink and vellum all appear here.';
    const index = libraryIndex([
      { id: 'essay', title: 'On old books', body: `${long} It takes an evening and a kettle.` },
      { id: 'note', title: 'Kettle', body: 'An evening with a kettle.' },
      ...['a', 'b', 'c'].map((id) => ({ id, title: id, body: `${id} filler text` })),
    ]);
    expect(index.moreLikeThis({ id: 'note', title: 'Kettle', body: 'An evening with a kettle.' }).map((h) => h.id)).toEqual(['essay']);
    expect(index.moreLikeThis({ id: 'essay', title: 'On old books', body: `${long} It takes an evening and a kettle.` })).toEqual([]);
  });

  it('scales down the similarity of an article much longer than the average, never of a shorter one', () => {
    expect(lengthFactor(50, 100)).toBe(1);
    expect(lengthFactor(100, 100)).toBe(1);
    expect(lengthFactor(400, 100)).toBe(0.5);
    expect(lengthFactor(0, 0)).toBe(1);
  });
});

describe('more like this across Latin-script languages', () => {
  const doc = (id: string, title: string, body: string): SearchDocument => ({ id, title, body });
  const FRENCH = [
    doc('fr-abeilles', 'Les abeilles et la pollinisation des vergers', "Les abeilles pollinisent les vergers de pommiers. Dans les vergers, la pollinisation dépend des abeilles et des pesticides qu'on y répand."),
    doc('fr-ruches', 'Des ruches dans les vergers', 'Les apiculteurs installent des ruches dans les vergers : les abeilles assurent la pollinisation, et les pesticides les menacent.'),
  ];
  const OTHERS = [
    doc('es-puertos', 'La economía de los puertos en una ciudad', 'La ciudad vive de sus puertos. En el puerto de la ciudad, los barcos llegan de la costa y de los mercados del norte.'),
    doc('pt-futebol', 'O futebol de rua em uma cidade', 'O futebol de rua é jogado em uma praça da cidade. Os meninos jogam de tarde e de noite, e as mães olham da janela.'),
    doc('de-bahn', 'Die Bahn und der Fahrplan', 'Die Bahn ändert den Fahrplan. Der Zug fährt von der Stadt in das Dorf und ist mit dem Bus verbunden, und das ist gut.'),
  ];

  it('relates a French article to one on its subject, never to Spanish, Portuguese or German ones through les, de, en, und', () => {
    const index = libraryIndex([...FRENCH, ...OTHERS]);
    const hits = index.moreLikeThis(FRENCH[0]!);
    expect(hits.map((h) => h.id)).toEqual(['fr-ruches']);
    expect(hits[0]?.sharedTerms).toEqual(expect.arrayContaining(['abeilles', 'vergers', 'pollinisation']));
    const functionWords = ['les', 'des', 'la', 'de', 'en', 'et', 'dans', 'los', 'und', 'der', 'die', 'das', 'em', 'uma'];
    for (const hit of hits) for (const term of hit.sharedTerms) expect(functionWords).not.toContain(term);
    for (const other of OTHERS) expect(index.moreLikeThis(other).map((h) => h.id)).toEqual([]);
  });
});
