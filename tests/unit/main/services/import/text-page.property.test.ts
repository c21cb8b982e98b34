import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTextPage } from '../../../../../src-main/services/import/text-page';

/** Invented words (consonant-vowel syllables): never a label, a chrome word or a date. */
const syllable = fc.constantFrom(...'bdfgklmnprstvz'.split('').flatMap((c) => 'aeiou'.split('').map((v) => c + v)));
const latinWord = fc.array(syllable, { minLength: 3, maxLength: 5 }).map((parts) => parts.join(''));
const hanWord = fc
  .array(fc.constantFrom(...'山水书海风云星月花草木石林春秋雨雪江河湖灯桥舟鸟竹松梅茶琴'.split('')), { minLength: 2, maxLength: 4 })
  .map((chars) => chars.join(''));
const punctuation = fc.constantFrom('', '', '', '.', ',', ';', '!', '?', '。', '，');
const word = fc.tuple(fc.oneof(latinWord, hanWord), punctuation).map(([w, p]) => w + p);
const line = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => words.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const body = fc.array(paragraph, { minLength: 1, maxLength: 8 });

const chromeLine = fc.constantFrom(
  'comments and feedback',
  'Zoom In | Zoom Out',
  'Print | Share | Email',
  'Home > World > Asia',
  '首页 > 国际 > 正文',
  '【字号 大 中 小】 打印本页 关闭窗口',
  '分享到：',
  'Share this article',
  'Back to top',
  '',
);
const labelLine = fc.constantFrom(
  'Submit Time:23-10-2017 | Zoom In | Zoom Out',
  "Author: | Source:People's Daily (September 28, 2017)",
  '来源：人民日报  作者：张三',
  '发布时间：2017年9月28日',
  'By Maria Lopez',
  'Source: Xinhua | 2020-06-02 18:04:11 | Editor: huaxia',
);
const header = fc.tuple(fc.array(chromeLine, { maxLength: 3 }), fc.option(line, { nil: undefined }), fc.array(fc.oneof(labelLine, chromeLine), { maxLength: 4 }));
const tail = fc.constantFrom('', 'Related Articles\nSomething else entirely', '相关新闻\n别的新闻', 'Leave a comment');

function wordsOf(text: string): string[] {
  return text.split(/[\s.,;!?。，]+/).filter((w) => w !== '');
}

describe('parseTextPage on any input', () => {
  it('never throws on arbitrary text, and always returns paragraphs without blank or untrimmed ones', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        const page = parseTextPage(text);
        for (const paragraph of page.paragraphs) {
          expect(paragraph.trim()).toBe(paragraph);
          expect(paragraph).not.toBe('');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on pages mixing chrome, labels and text in any order', () => {
    const anyLine = fc.oneof(chromeLine, labelLine, line, fc.string({ maxLength: 60 }), tail);
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 30 }), (lines) => {
        expect(() => parseTextPage(lines.join('\n'))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never loses body text: every word of the article appears in its title or paragraphs', () => {
    fc.assert(
      fc.property(header, body, tail, ([before, title, labels], paragraphs, after) => {
        const page = [...before, title ?? '', ...labels, '', paragraphs.join('\n\n'), '', after].join('\n');
        const parsed = parseTextPage(page);
        const kept = new Set(wordsOf([parsed.title ?? '', ...parsed.paragraphs].join('\n')));
        for (const expected of wordsOf(paragraphs.join(' '))) expect(kept).toContain(expected);
        for (const dropped of ['Zoom', 'Related', '相关新闻', 'comment']) expect(parsed.paragraphs.join('\n')).not.toContain(dropped);
      }),
      { numRuns: 300 },
    );
  });
});
