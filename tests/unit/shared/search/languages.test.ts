import { describe, expect, it } from 'vitest';
import { doc, idSet, indexOf } from './helpers';

describe('search in every language', () => {
  const library = indexOf([
    doc('en', 'The government published its security policy on Monday.'),
    doc('fr', 'Le café était fermé; un garçon naïf attendait.'),
    doc('zh1', '各国需要加强全球安全治理，共同应对挑战。'),
    doc('zh2', '网络安全是国家安全的重要组成部分。'),
    doc('zh3', '全球经济正在复苏，治理体系仍需改革。'),
    doc('ja', '東京の図書館で日本語の本を読みました。カタカナのテキストもあります。'),
    doc('ko', '한국어 텍스트를 검색할 수 있어야 합니다. 학교에 갔습니다.'),
    doc('mixed', '我的iPhone手机 supports 日本語 and English.'),
  ]);

  it('finds English words in any case', () => {
    expect(idSet(library, 'GOVERNMENT')).toEqual(['en']);
    expect(idSet(library, 'security policy')).toEqual(['en']);
  });

  it('folds diacritics both ways: café finds Cafe, cafe finds café', () => {
    const index = indexOf([doc('a', 'A Cafe in Paris'), doc('b', 'Un café à Paris'), doc('c', 'A cafeteria')]);
    expect(idSet(index, 'café ')).toEqual(['a', 'b']);
    expect(idSet(index, 'CAFE ')).toEqual(['a', 'b']);
    expect(idSet(library, 'naif garcon')).toEqual(['fr']);
  });

  it('finds exactly the Chinese documents that contain the query string', () => {
    expect(idSet(library, '安全')).toEqual(['zh1', 'zh2']);
    expect(idSet(library, '全球安全治理')).toEqual(['zh1']);
    expect(idSet(library, '全球治理')).toEqual([]); // both words occur in zh3 and zh1, never together
    expect(idSet(library, '国家安全')).toEqual(['zh2']);
  });

  it('answers one-character Chinese queries', () => {
    expect(idSet(library, '治')).toEqual(['zh1', 'zh3']);
    expect(idSet(library, '网')).toEqual(['zh2']);
    expect(idSet(library, '猫')).toEqual([]);
  });

  it('finds Chinese queries of two to four characters across word boundaries', () => {
    expect(idSet(library, '球安')).toEqual(['zh1']);
    expect(idSet(library, '加强全球')).toEqual(['zh1']);
    expect(idSet(library, '体系仍')).toEqual(['zh3']);
  });

  it('finds Japanese in kanji, hiragana and katakana', () => {
    expect(idSet(library, '図書館')).toEqual(['ja']);
    expect(idSet(library, 'カタカナ')).toEqual(['ja']);
    expect(idSet(library, '日本語')).toEqual(['ja', 'mixed']);
    expect(idSet(library, 'の')).toEqual(['ja']);
    expect(idSet(library, 'ｶﾀｶﾅ')).toEqual(['ja']); // half-width typed, full-width stored
  });

  it('finds Korean words, also inside longer words with particles', () => {
    expect(idSet(library, '한국어')).toEqual(['ko']);
    expect(idSet(library, '학교')).toEqual(['ko']);
    expect(idSet(library, '검')).toEqual(['ko']);
  });

  it('finds mixed-script text and phrases that cross scripts', () => {
    expect(idSet(library, 'iphone 手机')).toEqual(['mixed']);
    expect(idSet(library, '"iPhone手机"')).toEqual(['mixed']);
    expect(idSet(library, '"手机 supports"')).toEqual(['mixed']);
    expect(idSet(library, '"supports english"')).toEqual([]);
  });

  it('keeps finding Chinese in a library with tens of thousands of distinct character pairs', () => {
    const chars = [...'的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏'];
    // Every pair of 150 characters, spread over 30 documents: more than 22,000 distinct bigrams.
    const docs = Array.from({ length: 30 }, (_, d) => {
      let text = '';
      for (let i = d * 5; i < d * 5 + 5; i++) for (const b of chars.slice(0, 150)) text += `${chars[i]}${b}，`;
      return doc(`d${d}`, text);
    });
    const index = indexOf(docs);
    expect(idSet(index, `${chars[7]}${chars[149]}`)).toEqual(['d1']);
    expect(idSet(index, `${chars[142]}${chars[3]}`)).toEqual(['d28']);
    expect(idSet(index, `${chars[3]}${chars[3]}${chars[3]}`)).toEqual([]);
  });
});
