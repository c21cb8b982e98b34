import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '../../../../../src-main/services/import/import-sources';

/** Invented words and lines that are never a label, a chrome word or a date, so that all of them are article text. */
const syllable = fc.constantFrom(...'bdfgklmnprstvz'.split('').flatMap((c) => 'aeiou'.split('').map((v) => c + v)));
const englishWord = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
/** Sentences may open with words that also open metadata lines ("By the end of the war, …"): still article text. */
const opener = fc.constantFrom('', '', '', 'By the', 'By a', 'On the', 'From the', 'Published in', 'Posted by', 'Share the', 'Home to', 'Source of');
const englishLine = fc
  .tuple(opener, fc.array(englishWord, { minLength: 1, maxLength: 18 }), fc.constantFrom('', '.', '!', '?', ','))
  .map(([open, words, end]) => [open, ...words].filter((word) => word !== '').join(' ') + end);
const hanWord = fc
  .array(fc.constantFrom(...'山水书海风云星月花草木石林春秋雨雪江河湖灯桥舟鸟竹松梅茶琴'.split('')), { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join(''));
const chineseLine = fc
  .tuple(fc.array(fc.array(hanWord, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('', '。', '！', '？'))
  .map(([clauses, end]) => clauses.map((words) => words.join('')).join('，') + end);

const chrome = fc.constantFrom('Home > World > Asia', 'Share | Print | Email', '【字号 大 中 小】', '打印本页', '关闭窗口', 'Zoom In | Zoom Out', '');
const labels = fc.constantFrom(
  'Published: 2017-10-23 14:05',
  'By Jane Doe | Reuters',
  '来源：新华网  作者：张三  2017年9月28日',
  'Source: Xinhua | 2020-06-02 18:04:11 | Editor: huaxia',
  '',
);
const tail = fc.constantFrom('', 'Related Articles\nSomething else entirely', '相关新闻\n别的新闻', 'Share | Print | Email');

function pageOf(line: fc.Arbitrary<string>) {
  const paragraph = fc.array(line, { minLength: 1, maxLength: 4 });
  return fc.record({
    before: fc.array(chrome, { maxLength: 2 }),
    title: fc.option(line, { nil: undefined }),
    labels: fc.array(labels, { maxLength: 2 }),
    body: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
    after: tail,
    encoding: fc.constantFrom('utf-8', 'utf-16le'),
  });
}

function bytesOf(text: string, encoding: string): Uint8Array {
  return encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
}

const squash = (text: string): string => text.replace(/\s+/g, '');

describe.each([
  ['English', englishLine],
  ['Chinese', chineseLine],
])('importing any saved %s page', (_language, line) => {
  it('never throws or fails, and every line of the body is in the article, whole', async () => {
    await fc.assert(
      fc.asyncProperty(pageOf(line), async (page) => {
        const paragraphs = page.body.map((lines) => lines.join('\n'));
        const text = [...page.before, page.title ?? '', ...page.labels, '', paragraphs.join('\n\n'), '', page.after].join(
          page.encoding === 'utf-8' ? '\n' : '\r\n',
        );
        const batch = await parseFiles([{ name: 'page.txt', bytes: bytesOf(text, page.encoding) }]);
        expect(batch.failures).toEqual([]);
        const article = batch.articles[0];
        const output = squash(`${article?.meta.title ?? ''}\n${article?.text ?? ''}`);
        for (const bodyLine of page.body.flat()) expect(output).toContain(squash(bodyLine));
        for (const dropped of ['Something else entirely', '别的新闻', 'Share | Print | Email', '打印本页', 'Zoom In']) {
          expect(article?.text).not.toContain(dropped);
        }
      }),
      { numRuns: 150 },
    );
  });
});
