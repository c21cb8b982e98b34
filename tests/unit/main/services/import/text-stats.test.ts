import { describe, expect, it } from 'vitest';
import { contentHash, countWords, detectLanguage, extractKeywords, normaliseText } from '../../../../../src-main/services/import/text-stats';

describe('normaliseText', () => {
  it('turns non-breaking and other spaces into one plain space, trims lines, and keeps paragraph breaks', () => {
    expect(normaliseText('  One\u00A0 two\tthree \u3000\n\n\n\nFour\u202Ffive  \r\nsix  ')).toBe('One two three\n\nFour five\nsix');
  });

  it('composes characters (NFC), so the same text typed two ways is the same text', () => {
    expect(normaliseText('Cafe\u0301')).toBe('Café');
  });
});

describe('countWords', () => {
  it('counts English words and contractions, not punctuation (a hyphen separates words)', () => {
    expect(countWords("It's a well-known fact: readers don't count punctuation.")).toBe(9);
  });

  it('counts Chinese by dictionary words, not by characters', () => {
    const count = countWords('图书馆的夜晚很安静，读者们在阅读。');
    expect(count).toBeGreaterThan(6);
    expect(count).toBeLessThan(15);
  });

  it('counts a 60,000-word text quickly (paragraph by paragraph) and exactly', () => {
    const paragraph = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const text = Array.from({ length: 200 }, () => paragraph).join('\n\n');
    const started = performance.now();
    expect(countWords(text)).toBe(60_000);
    expect(countWords(text.replace(/\n\n/g, ' '))).toBe(60_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('contentHash', () => {
  it('is the same for texts that differ only in spacing, and different when a word changes', () => {
    expect(contentHash('One two\u00A0three\n\n\nFour')).toBe(contentHash('One two three\n\nFour  '));
    expect(contentHash('One two three')).not.toBe(contentHash('One two four'));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('extractKeywords', () => {
  it('returns the characteristic words of an English text, without stop words or numbers, most frequent first', () => {
    const text = 'The library opened in 1901. The library lends books; books about rivers, books about bridges. Readers love the library and its reading room.';
    const keywords = extractKeywords(text, 'en');
    expect(keywords.slice(0, 2)).toEqual(['library', 'books']);
    expect(keywords).toContain('rivers');
    expect(keywords).not.toContain('the');
    expect(keywords).not.toContain('about');
    expect(keywords).not.toContain('1901');
  });

  it('returns Chinese words of two or more characters', () => {
    const keywords = extractKeywords('图书馆里，读者在阅读。阅读让人安静，阅读也让人快乐。我们喜欢阅读。', 'zh');
    expect(keywords[0]).toBe('阅读');
    expect(keywords.every((word) => word.length >= 2)).toBe(true);
    expect(keywords).not.toContain('我们');
  });

  it('returns at most 24 terms', () => {
    const text = Array.from({ length: 100 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    expect(extractKeywords(text, 'en')).toHaveLength(24);
  });
});

describe('detectLanguage', () => {
  it('uses the declared language first, in canonical form', () => {
    expect(detectLanguage('The words are English.', 'zh_CN')).toBe('zh-CN');
    expect(detectLanguage('The tag is not valid, so the text is read instead.', 'not a language tag!')).toBe('en');
  });

  it.each([
    ['图书馆是城市的书房，阅读让人安静。', 'zh'],
    ['図書館で本を読むのが好きです。静かな時間です。', 'ja'],
    ['도서관에서 책을 읽는 것을 좋아합니다.', 'ko'],
    ['أحب القراءة في المكتبة كل يوم', 'ar'],
    ['אני אוהב לקרוא בספרייה', 'he'],
    ['Я люблю читать в библиотеке каждый день.', 'ru'],
    ['The reader opened the book and read the first page of the story.', 'en'],
  ])('recognises %s as %s', (text, language) => {
    expect(detectLanguage(text, null)).toBe(language);
  });

  it('does not call every Latin-script text English', () => {
    expect(detectLanguage('Der Leser öffnete das Buch und las die erste Seite der Geschichte.', null)).toBeNull();
    expect(detectLanguage('12345 !!!', null)).toBeNull();
  });
});
