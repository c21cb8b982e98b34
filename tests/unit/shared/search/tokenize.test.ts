import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanAsciiWords } from '../../../../src-shared/text/ascii-words';
import { foldString } from '../../../../src-shared/text/fold';
import { BIGRAM, JOINED, UNIGRAM, WORD, tokenList } from '../../../../src-shared/search/tokenize';

const terms = (text: string, kind = WORD): string[] => tokenList(text).filter((t) => t.kind === kind).map((t) => t.term);

describe('tokenizer', () => {
  it('splits English into folded words, a word in parts also into its parts', () => {
    expect(terms("Don't PANIC: it's 3.14, e.g. the U.S. budget—really")).toEqual([
      'don',
      't',
      'panic',
      'it',
      's',
      '3',
      '14',
      'e',
      'g',
      'the',
      'u',
      's',
      'budget',
      'really',
    ]);
  });

  it('also indexes a dotted, apostrophed or hyphenated word with its parts run together, at its first position', () => {
    const joined = (text: string): [string, number, string][] =>
      tokenList(text)
        .filter((t) => t.kind === JOINED)
        .map((t) => [t.term, t.position, text.slice(t.start, t.end)]);
    expect(joined('LWN.net Weekly')).toEqual([['lwnnet', 0, 'LWN.net']]);
    expect(joined('the U.S. budget')).toEqual([['us', 1, 'U.S']]);
    expect(joined('Send an e-mail, don’t')).toEqual([
      ['email', 2, 'e-mail'],
      ['dont', 4, 'don’t'],
    ]);
    expect(joined('state-of-the-art COVID-19 l’homme')).toEqual([
      ['stateoftheart', 0, 'state-of-the-art'],
      ['covid19', 4, 'COVID-19'],
      ['lhomme', 6, 'l’homme'],
    ]);
    // Numbers joined by a hyphen are a range, and a dash is no hyphen.
    expect(joined('2019-2020 budget—really budget–really')).toEqual([]);
    // The parts keep their own positions, so "lwn net" is still a phrase of "LWN.net".
    expect(tokenList('LWN.net Weekly').filter((t) => t.kind === WORD).map((t) => [t.term, t.position])).toEqual([
      ['lwn', 0],
      ['net', 1],
      ['weekly', 2],
    ]);
  });

  it('folds case, diacritics, compatibility forms and curly apostrophes', () => {
    expect(terms('Café NAÏVE Ångström Straße ﬁne ＡＢＣ１２ don’t')).toEqual([
      'cafe',
      'naive',
      'angstrom',
      'strasse',
      'fine',
      'abc12',
      'don',
      't',
    ]);
    expect(tokenList('don’t').find((t) => t.kind === JOINED)?.term).toBe('dont');
    expect(foldString('ÉCOLE')).toBe('ecole');
  });

  it('keeps Japanese voiced kana and Hangul intact while folding', () => {
    expect(foldString('ガラス')).toBe('ガラス');
    expect(foldString('ｶﾞﾗｽ')).toBe('ガラス'); // half-width katakana become full width
    expect(foldString('한국어')).toBe('한국어');
    expect(terms('ｶﾞﾗｽ', UNIGRAM)).toEqual(['ガ', 'ラ', 'ス']);
  });

  it('indexes a Chinese run as characters and overlapping bigrams at shared positions', () => {
    const tokens = tokenList('全球安全');
    expect(tokens.filter((t) => t.kind === UNIGRAM).map((t) => [t.term, t.position])).toEqual([
      ['全', 0],
      ['球', 1],
      ['安', 2],
      ['全', 3],
    ]);
    expect(tokens.filter((t) => t.kind === BIGRAM).map((t) => [t.term, t.position])).toEqual([
      ['全球', 0],
      ['球安', 1],
      ['安全', 2],
    ]);
  });

  it('numbers positions across scripts so that mixed phrases line up', () => {
    const tokens = tokenList('我的iPhone手机, 日本語のテキスト and 한국어 텍스트');
    const words = tokens.filter((t) => t.kind === WORD).map((t) => [t.term, t.position]);
    expect(words).toEqual([
      ['iphone', 2],
      ['and', 13],
    ]);
    expect(tokens.filter((t) => t.kind === BIGRAM).map((t) => t.term)).toContain('手机');
    expect(tokens.filter((t) => t.kind === BIGRAM).map((t) => t.term)).toContain('한국');
    expect(tokens.filter((t) => t.kind === BIGRAM).map((t) => t.term)).toContain('のテ');
  });

  it('gives offsets into the original text, also where folding changed its length', () => {
    const text = 'Le Cafe\u0301 « ﬁnal » 東京';
    for (const t of tokenList(text)) {
      expect(foldString(text.slice(t.start, t.end))).toBe(t.term);
    }
    const cafe = tokenList(text).find((t) => t.term === 'cafe');
    expect(text.slice(cafe?.start, cafe?.end)).toBe('Cafe\u0301');
  });

  it('tokenizes a very long paragraph in slices without losing or splitting words', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const got = terms(words.join(' ') + ' — fin, naïve');
    expect(got.slice(0, 3000)).toEqual(words);
    expect(got.slice(3000)).toEqual(['fin', 'naive']);
    const chinese = '安全'.repeat(5000);
    expect(tokenList(chinese).filter((t) => t.kind === BIGRAM)).toHaveLength(9999);
  });

  it('finds the same ASCII words as Intl.Segmenter', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const alphabet = 'aZ19_.:\',;- \'"!?'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const s = chars.join('');
        const fast: string[] = [];
        scanAsciiWords(s, 0, s.length, (a, b) => fast.push(s.slice(a, b)));
        const reference = [...segmenter.segment(s)]
          .filter((x) => x.isWordLike && /[\p{L}\p{N}]/u.test(x.segment))
          .map((x) => x.segment);
        expect(fast).toEqual(reference);
      }),
      { numRuns: 3000 },
    );
  });
});
