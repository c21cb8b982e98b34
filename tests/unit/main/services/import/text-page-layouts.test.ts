import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../../../src-main/services/import/text-stats';
import { parseTextPage } from '../../../../../src-main/services/import/text-page';
import { fixture, importOne, paragraphsOf } from './import-test-helpers';

describe('saved text pages in other layouts', () => {
  it('reads a "Published:" line with a time and a "By Jane Doe | Reuters" line', async () => {
    const article = await importOne(fixture('text', 'reuters-style-en.txt'));
    expect(article.meta).toMatchObject({
      title: 'Libraries keep their lights on after dark',
      author: 'Jane Doe',
      source: 'Reuters',
      publishedAt: '2017-10-23',
      language: 'en',
    });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^LONDON \(Reuters\) - Public libraries in a dozen British towns/);
    expect(paragraphs[2]).toMatch(/will be reviewed in the spring\.$/);
    for (const chrome of ['Min Read', 'Share this article', 'More from Reuters', 'Museums trial', 'Published']) {
      expect(article.body.content).not.toContain(chrome);
    }
  });

  it('drops a "Home > World > Asia" trail and "Share | Print | Email" lines, above the text and below it', async () => {
    const article = await importOne(fixture('text', 'crumbs-share-en.txt'));
    expect(article.meta).toMatchObject({ title: 'Mountain schools get their first libraries', author: 'Arjun Mehta', publishedAt: '2019-03-03' });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^KATHMANDU -- In the hill villages/);
    expect(paragraphs[2]).toBe('The children are allowed to take two books home each week. Most, the teachers say, bring them back read twice.');
    expect(article.body.content).not.toMatch(/Home|Share|Print|Email|Related Stories|Village radio/);
  });

  it('reads 来源, 作者 and a 年月日 date on one line, and drops 【字号 大 中 小】, 打印本页, 关闭窗口 and 相关新闻', async () => {
    const article = await importOne(fixture('text', 'xinhua-style-zh.txt'));
    expect(article.meta).toMatchObject({ title: '小城书店的新生', source: '新华网', author: '张三', publishedAt: '2017-09-28', language: 'zh' });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^在小城的老街上，一家开了二十年的书店今年换了新模样。/);
    expect(paragraphs[2]).toBe('“书店不只是卖书的地方，也是大家见面的地方。”一位常客说。');
    for (const chrome of ['首页', '字号', '打印本页', '关闭窗口', '相关新闻', '县城图书馆']) expect(article.body.content).not.toContain(chrome);
    expect(extractKeywords(article.text, article.meta.language)).toContain('书店');
  });

  it('takes the title of plain text from its short first line, even without a blank line after it', async () => {
    const article = await importOne(fixture('text', 'plain-untitled.txt'));
    expect(article.meta).toMatchObject({ title: 'Why I still print long articles', author: null, source: null, publishedAt: null });
    expect(paragraphsOf(article)).toEqual([
      'Reading on paper is slower, and that is the point. When an article is longer\nthan a few screens, I print it, fold it in half, and take a pencil to the train.',
      'The margins fill up with questions. Some of them are answered two pages later,\nand some of them never are, which is also useful to know.',
    ]);
  });

  it('reads a file with Windows line endings (CRLF) and leaves no carriage return in the text', async () => {
    const file = fixture('text', 'windows-crlf.txt');
    expect((await readFile(file, 'latin1')).includes('\r\n')).toBe(true);
    const article = await importOne(file);
    expect(article.meta).toMatchObject({ title: 'Reading Room Notes', source: 'The Evening Ledger', author: 'Tom Baker', publishedAt: '2018-05-05' });
    expect(article.body.content).toBe(
      'The reading room closes at nine, but the lamps stay on until the last reader leaves.\n\nOn Thursdays the librarian reads a chapter aloud to whoever is left.',
    );
  });

  it('reads a UTF-16 LE file with its byte-order mark', async () => {
    const file = fixture('text', 'utf16le-bom.txt');
    expect([...(await readFile(file)).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const article = await importOne(file);
    expect(article.meta).toMatchObject({ title: '双语阅读笔记', source: '读书会', publishedAt: '2021-03-04', language: 'zh' });
    expect(paragraphsOf(article)).toEqual([
      '每周四晚上，我们在图书馆的小房间里读一篇中文文章和一篇英文文章。',
      'Every Thursday evening we read one article in Chinese and one in English, then compare the notes we made in the margins.',
    ]);
  });
});

describe('text that only looks like page furniture', () => {
  it('keeps a first sentence that opens with "By" as text, and takes only names as a by-line', () => {
    const page = parseTextPage('The Lost Library\n\nBy the end of the war, the library had lost half its books.\n\nIt took twenty years to rebuild.');
    expect(page.author).toBeUndefined();
    expect(page.paragraphs).toEqual(['By the end of the war, the library had lost half its books.', 'It took twenty years to rebuild.']);
    expect(parseTextPage('The Lost Library\nBy Ana de la Cruz and J. O’Neill, 5 May 2018\n\nText.')).toMatchObject({
      author: 'Ana de la Cruz and J. O’Neill',
      publishedAt: '2018-05-05',
      paragraphs: ['Text.'],
    });
  });

  it('does not take a list of related links for the article when the page has nothing but its title above it', () => {
    const page = parseTextPage('A Short Notice\n\nRelated Articles\nAnother story\nA third story');
    expect(page).toMatchObject({ title: 'A Short Notice', paragraphs: ['A Short Notice'] });
  });
});

describe('Japanese text pages and Markdown', () => {
  it('reads a Japanese saved page: 出典, a 年月日 date with a time, シェア/印刷 chrome, the ホーム trail and 関連記事', async () => {
    const article = await importOne(fixture('text', 'ja-text-page.txt'));
    expect(article.meta).toMatchObject({ title: '町の図書館、夜九時まで開館へ', source: 'みなと新聞', publishedAt: '2017-09-28', language: 'ja' });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[2]).toBe('館長は「図書館を、町の誰もが立ち寄れる場所にしたい」と話している。');
    for (const chrome of ['ホーム', 'シェア', 'ツイート', '印刷', '関連記事', '隣町']) expect(article.body.content).not.toContain(chrome);
  });

  it('counts Japanese words with the segmenter, not characters, and keeps terms, not particles, as keywords', async () => {
    const article = await importOne(fixture('text', 'ja-text-page.txt'));
    const characters = article.text.replace(/[\s、。「」]/g, '').length;
    expect(article.meta.wordCount).toBeGreaterThan(characters / 4);
    expect(article.meta.wordCount).toBeLessThan(characters / 1.5);
    expect(extractKeywords(article.text, article.meta.language)[0]).toBe('図書館');
    expect(extractKeywords(article.text, article.meta.language)).toEqual(expect.arrayContaining(['開館', '利用']));
    expect(extractKeywords(article.text, article.meta.language).filter((word) => /^[\p{Script=Hiragana}]+$/u.test(word))).toEqual([]);
  });

  it('reads Japanese Markdown: front matter with a 2017/09/28 date, the language from its kana', async () => {
    const article = await importOne(fixture('markdown', 'ja-article.md'));
    expect(article.meta).toMatchObject({ title: '雨の日の読書', author: '佐藤健', publishedAt: '2017-09-28', language: 'ja', tags: ['読書', '雨'] });
    expect(article.text).toContain('静かな雨音の中で、ページをめくる音だけが聞こえていた。');
    expect(extractKeywords(article.text, article.meta.language)).toContain('図書館');
  });
});
