import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../../../src-main/services/import/text-stats';
import { parseFiles } from '../../../../../src-main/services/import/import-sources';
import { parseTextPage } from '../../../../../src-main/services/import/text-page';
import { SAMPLE_LIBRARY, fixture, importOne, paragraphsOf } from './import-test-helpers';

const PEOPLES_DAILY = path.join(SAMPLE_LIBRARY, 'peoples-daily-2017-global-security-governance.txt');

describe("the saved People's Daily page", () => {
  it('has the metadata a reader sees in the article header', async () => {
    const article = await importOne(PEOPLES_DAILY);
    const { meta } = article;
    expect(meta.title).toBe('Contribution of Chinese Solution to Global Security Governance');
    expect(meta.source).toBe("People's Daily");
    expect(meta.publishedAt).toBe('2017-09-28');
    expect(meta.submittedAt).toBe('2017-10-23');
    expect(meta.author).toBeNull();
    expect(meta.url).toBeNull();
    expect(meta.language).toBe('en');
    expect(meta.tags).toEqual([]);
    expect(meta.keywords).toEqual([]);
    expect(meta.originalName).toBe('peoples-daily-2017-global-security-governance.txt');
    expect(meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.wordCount).toBeGreaterThan(700);
    expect(extractKeywords(article.text, meta.language)).toEqual(expect.arrayContaining(['security', 'governance', 'cooperation']));
  });

  it('keeps every paragraph of the article, whole, and nothing of the page around it', async () => {
    const article = await importOne(PEOPLES_DAILY);
    const paragraphs = paragraphsOf(article);
    // The saved page holds seven paragraphs of article text between its header and "Related Articles".
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^China is known as one of the safest countries in the world\. /);
    expect(paragraphs[0]).toMatch(/the valuable power of China in maintaining peace\.$/);
    expect(paragraphs[1]).toMatch(/^"China is willing to join hands/);
    expect(paragraphs.at(-1)).toMatch(/^"Connecting police for a safer world" is the theme/);
    expect(paragraphs.at(-1)).toMatch(/for all mankind\.$/);
    expect(article.body.format).toBe('text');
    for (const chrome of ['Zoom', 'comments and feedback', 'Related Articles', 'Submit Time', 'Source:', 'Author:']) {
      expect(article.body.content).not.toContain(chrome);
      expect(article.text).not.toContain(chrome);
    }
  });

  it('turns the non-breaking spaces at paragraph ends into nothing, and leaves no trailing spaces', async () => {
    const article = await importOne(PEOPLES_DAILY);
    expect(article.body.content).not.toContain('\u00A0');
    for (const paragraph of paragraphsOf(article)) expect(paragraph).toBe(paragraph.trim());
  });
});

describe('saved pages in other layouts', () => {
  it('reads an English wire story: navigation, source and date bar, share links, related news, copyright', async () => {
    const article = await importOne(fixture('text', 'wire-story-en.txt'));
    expect(article.meta).toMatchObject({
      title: 'Feature: Small-town libraries reopen as readers return',
      source: 'Xinhua',
      publishedAt: '2020-06-02',
      author: null,
      language: 'en',
    });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^BEIJING, June 2 \(Xinhua\) -- The reading room/);
    expect(paragraphs[3]).toMatch(/take a shelf of books home\.$/);
    for (const chrome of ['Home |', 'Print', 'Editor', 'Related News', 'Museums in Shanxi', 'Copyright']) {
      expect(article.body.content).not.toContain(chrome);
    }
  });

  it('reads a Chinese page: 来源, 作者, a 年月日 date, 分享/字号/打印 chrome, the editor line and 相关新闻', async () => {
    const article = await importOne(fixture('text', 'renmin-style-zh.txt'));
    expect(article.meta).toMatchObject({
      title: '县图书馆的夜晚',
      author: '李明',
      source: '人民网－人民日报',
      publishedAt: '2017-09-28',
      language: 'zh',
    });
    const paragraphs = paragraphsOf(article);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^晚上七点，县图书馆二楼的阅览室仍然亮着灯。/);
    expect(paragraphs[2]).toMatch(/一位常来的读者这样说。$/);
    for (const chrome of ['首页', '分享到', '字号', '打印', '责任编辑', '相关新闻', '乡村书屋']) {
      expect(article.body.content).not.toContain(chrome);
    }
    expect(article.meta.wordCount).toBeGreaterThan(40);
    expect(article.meta.wordCount).toBeLessThan(article.text.length);
  });

  it('reads Chinese labels for every field: 标题, 作者, 来源, 发布时间, 提交时间, 关键词', async () => {
    const article = await importOne(fixture('text', 'labelled-zh.txt'));
    expect(article.meta).toMatchObject({
      title: '数字阅读与纸质阅读',
      author: '王小明',
      source: '光明日报',
      publishedAt: '2021-04-23',
      submittedAt: '2021-04-25',
      tags: [],
      keywords: ['阅读', '数字化', '图书馆'],
      language: 'zh',
    });
    expect(paragraphsOf(article)).toHaveLength(2);
    expect(article.body.content).not.toMatch(/评论|相关文章|如何培养/);
  });

  it('reads a blog page: the saved-from address, a by-line, "Posted on", and drops share and comment prompts', async () => {
    const article = await importOne(fixture('text', 'blog-byline.txt'));
    expect(article.meta).toMatchObject({
      title: 'Slow Reading in a Fast World',
      author: 'Maria Lopez',
      url: 'https://example.org/blog/slow-reading',
      publishedAt: '2019-03-03',
    });
    expect(paragraphsOf(article)).toHaveLength(3);
    expect(article.body.content).not.toMatch(/Share|Tweet|comment|You may also like|min read/i);
  });

  it('handles Windows line endings and a byte-order mark', async () => {
    const text = '\uFEFFA Title\r\nSource: The Daily Example | 5 May 2018\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n';
    const batch = await parseFiles([{ name: 'crlf.txt', bytes: new TextEncoder().encode(text) }]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles[0]?.meta).toMatchObject({ title: 'A Title', source: 'The Daily Example', publishedAt: '2018-05-05' });
    expect(batch.articles[0]?.body.content).toBe('First paragraph.\n\nSecond paragraph.');
  });
});

describe('plain text without a page around it', () => {
  it('takes the title from a short first line and keeps the rest as paragraphs', async () => {
    const article = await importOne(fixture('text', 'plain-notes.txt'));
    expect(article.meta.title).toBe('Notes on the reading group');
    expect(paragraphsOf(article)).toEqual([
      'We met on Thursday and discussed the first three chapters.\nEveryone agreed the second chapter was the strongest.',
      'Next time: chapters four to six, and bring a question each.',
    ]);
  });

  it('falls back on the file name when the text opens with a long paragraph, and keeps that paragraph', async () => {
    const article = await importOne(fixture('text', 'plain-long-first-line.txt'));
    expect(article.meta.title).toBe('plain-long-first-line');
    expect(paragraphsOf(article)[0]).toMatch(/^This file has no title line at all/);
    expect(paragraphsOf(article)).toHaveLength(2);
  });

  it('treats lines as paragraphs when each is as long as a paragraph (no blank lines between)', async () => {
    const article = await importOne(fixture('text', 'one-paragraph-per-line.txt'));
    expect(article.meta.title).toBe('Harbour Lights');
    expect(paragraphsOf(article)).toHaveLength(3);
  });

  it('keeps a hard-wrapped paragraph together, even with lines as wide as 120 columns', () => {
    const wrapped = [
      'International law enforcement cooperation has grown quickly since members agreed to share their data on',
      'transnational crime, and police agencies now work together against terrorism, cybercrime and organized crime',
      'that no single country can fight alone.',
    ];
    const page = parseTextPage(['Police Cooperation', '', ...wrapped, '', 'A second paragraph.'].join('\n'));
    expect(page.paragraphs).toEqual([wrapped.join('\n'), 'A second paragraph.']);
  });

  it('keeps a one-line note as both title and body rather than losing it', () => {
    expect(parseTextPage('Buy more index cards')).toMatchObject({ title: 'Buy more index cards', paragraphs: ['Buy more index cards'] });
  });

  it('does not take a title-like line for metadata when its value is not what the label says', () => {
    const page = parseTextPage('Time: The Untold Story\n\nA history of clocks and the people who kept them.');
    expect(page.title).toBe('Time: The Untold Story');
    expect(page.publishedAt).toBeUndefined();
  });
});
