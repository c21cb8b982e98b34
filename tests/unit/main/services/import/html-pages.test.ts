import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../../../src-main/services/import/text-stats';
import { parseFiles, parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture, importOne, imagesIn } from './import-test-helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const HARBOUR = fixture('html', 'complete', 'Harbour Library.html');
const HARBOUR_FILES = fixture('html', 'complete', 'Harbour Library_files');

function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1} of an article long enough for Readability to keep it, with a sentence or two of ordinary prose in it.</p>`).join('');
}

describe('a "web page, complete" save: NAME.html with its NAME_files folder', () => {
  it('stores the images it references as NAME_files/… and ./NAME_files/… as assets, byte for byte', async () => {
    const article = await importOne(HARBOUR);
    expect(article.assets.map((asset) => asset.name).sort()).toEqual(['reading-room.png', 'stacks.png']);
    for (const name of ['reading-room.png', 'stacks.png']) {
      const bytes = await readFile(path.join(HARBOUR_FILES, name));
      expect(Buffer.from(article.assets.find((asset) => asset.name === name)?.bytes ?? []).equals(bytes)).toBe(true);
    }
    expect(imagesIn(article.body.content)).toContainEqual({ alt: 'The reading room at night', src: 'asset:reading-room.png' });
    expect(imagesIn(article.body.content)).toContainEqual({ alt: 'The stacks', src: 'asset:stacks.png' });
    expect(article.body.content).not.toMatch(/_files|<script|<link|analytics/);
    expect((globalThis as Record<string, unknown>)['__offprintSavedScriptRan']).toBeUndefined();
  });

  it('reads a JSON-LD @graph whose authors and publisher are @id references to other nodes', async () => {
    const { meta } = await importOne(HARBOUR);
    expect(meta).toMatchObject({
      title: 'The Harbour Library Stays Open Late',
      author: 'Jane Doe, Omar Haddad',
      source: 'Harbour Gazette',
      url: 'https://harbour-gazette.example/2017/09/harbour-library',
      // article:published_time is 23:30 in UTC−5: the 28th where it was published, the 29th in UTC.
      publishedAt: '2017-09-28',
      language: 'en-GB',
      tags: [],
      keywords: ['libraries', 'harbour'],
    });
  });

  it('imports the folder holding the save as one article: the _files folder is neither articles nor failures', async () => {
    const batch = await parsePaths([fixture('html', 'complete')]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((article) => article.meta.originalName)).toEqual(['Harbour Library.html']);
  });

  it('keeps the address from the "saved from url" comment when the page names no other', async () => {
    const html = `<!-- saved from url=(0035)https://example.org/saved-article -->\n<html><head><title>Saved</title></head><body><article>${paragraphs(4)}</article></body></html>`;
    const batch = await parseFiles([{ name: 'saved.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.meta.url).toBe('https://example.org/saved-article');
  });
});

describe('web pages of other shapes', () => {
  it('reads a JSON-LD array with several authors, a dated timestamp in its zone, and og:locale as the language', async () => {
    const article = await importOne(fixture('html', 'news-authors.html'));
    expect(article.meta).toMatchObject({
      title: 'Two Reporters Rebuild a Lost Newspaper Archive',
      author: 'Ana Ruiz, Ben Cole',
      source: 'The Ledger',
      url: 'https://ledger.example/archive-rebuilt',
      publishedAt: '2019-04-02',
      language: 'en-US',
    });
    expect(article.text).toMatch(/^When the printing works burned down in 1962/);
    expect(article.body.content).not.toContain('Sign in');
  });

  it('takes the author from the by-line link and the date from the by-line <time>, not from a sidebar', async () => {
    const article = await importOne(fixture('html', 'blog-time-byline.html'));
    expect(article.meta).toMatchObject({ title: 'Reading aloud to nobody', author: 'Dana Wu', publishedAt: '2019-03-03', language: 'en' });
    expect(article.text).toMatch(/^For a month I read every article aloud/);
    expect(article.text).not.toMatch(/Most read|older post|Dana Wu/);
  });

  it('reads a Chinese news page: authors from JSON-LD, og:locale zh_CN, and no repeated title or dateline in the body', async () => {
    const article = await importOne(fixture('html', 'zh-news.html'));
    expect(article.meta).toMatchObject({
      title: '古籍修复师的一天',
      author: '张三, 李四',
      source: '新华网',
      publishedAt: '2017-09-28',
      language: 'zh-CN',
      tags: [],
      keywords: ['古籍', '修复', '图书馆'],
    });
    expect(article.text).toMatch(/^早上八点，省图书馆古籍修复室的灯就亮了。/);
    expect(article.text).toMatch(/王老师笑着说。$/);
    expect(article.body.content).not.toMatch(/来源|首页|版权所有|<h\d>古籍修复师的一天/);
    expect(extractKeywords(article.text, article.meta.language).slice(0, 3)).toContain('修复');
  });

  it('reads a Japanese column: <html lang="ja">, its image in NAME_files under a Japanese name, its date line left out', async () => {
    const article = await importOne(fixture('html', 'ja-column.html'));
    expect(article.meta).toMatchObject({ title: '本棚の整理について', author: '田中一郎', source: 'みなと新聞', publishedAt: '2017-09-28', language: 'ja' });
    expect(article.assets).toHaveLength(1);
    expect(imagesIn(article.body.content)).toContainEqual({ alt: `整理前の本棚`, src: `asset:${article.assets[0]?.name}` });
    expect(article.text).toMatch(/^引っ越しを機に、十年分の本棚を整理することにした。/);
    expect(article.text).not.toContain('2017年9月28日');
    expect(extractKeywords(article.text, article.meta.language)).toEqual(expect.arrayContaining(['本棚', '整理']));
  });

  it('takes the author and date of a page without metadata from the dateline at the top of its text', async () => {
    const html = `<html><head><title>Quiet Streets</title></head><body><article><h1>Quiet Streets</h1><p>By Sam Lee | 12 May 2020</p>${paragraphs(4)}</article></body></html>`;
    const batch = await parseFiles([{ name: 'quiet.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.meta).toMatchObject({ title: 'Quiet Streets', author: 'Sam Lee', publishedAt: '2020-05-12' });
    expect(batch.articles[0]?.text).toMatch(/^Paragraph 1 of an article/);
  });

  it('keeps a first paragraph that only looks like a dateline when it is article text', async () => {
    const html = `<html><head><title>Dates</title></head><body><article><p>On 12 May 2020 the streets of the town fell quiet for the first time in a century.</p>${paragraphs(4)}</article></body></html>`;
    const batch = await parseFiles([{ name: 'dates.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.text).toMatch(/^On 12 May 2020 the streets/);
  });
});
