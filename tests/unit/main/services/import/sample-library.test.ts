import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractKeywords } from '../../../../../src-main/services/import/text-stats';
import type { ImportBatch, ParsedArticle } from '../../../../../src-shared/contract';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import { countWords } from '../../../../../src-main/services/import/text-stats';
import { SAMPLE_LIBRARY } from './import-test-helpers';

let batch: ImportBatch;

function byName(name: string): ParsedArticle {
  const article = batch.articles.find((candidate) => candidate.meta.originalName === name);
  if (!article) throw new Error(`${name} was not imported`);
  return article;
}

beforeAll(async () => {
  batch = await parsePaths([SAMPLE_LIBRARY]);
});

describe('the first-run sample library', () => {
  it('imports five articles and nothing fails', () => {
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((article) => article.meta.originalName)).toEqual([
      'a-readers-handbook.md',
      'peoples-daily-2017-global-security-governance.txt',
      'reading-offline-with-offprint.md',
      'reading-without-a-network-zh.md',
      'the-offprint-a-short-history.html',
    ]);
  });

  it('holds nothing but the articles and their images (no README that would be imported)', async () => {
    const entries = await readdir(SAMPLE_LIBRARY, { recursive: true });
    expect(entries.filter((entry) => !/\.(md|txt|html)$/.test(entry) && entry !== 'images').sort()).toEqual([path.join('images', 'zoom-levels.png')]);
  });

  it("includes the People's Daily page with its metadata", () => {
    expect(byName('peoples-daily-2017-global-security-governance.txt').meta).toMatchObject({
      title: 'Contribution of Chinese Solution to Global Security Governance',
      source: "People's Daily",
      publishedAt: '2017-09-28',
      submittedAt: '2017-10-23',
      author: null,
    });
  });

  it('has a Markdown article with front matter and its local PNG image as an asset', async () => {
    const article = byName('reading-offline-with-offprint.md');
    expect(article.meta).toMatchObject({ author: 'The Offprint Team', publishedAt: '2025-01-15', language: 'en', source: 'Offprint Guides' });
    expect(article.meta.tags).toEqual(['guide', 'offline reading', 'zoom', 'notes']);
    expect(article.assets).toHaveLength(1);
    const [asset] = article.assets;
    expect(asset?.mediaType).toBe('image/png');
    expect(Buffer.from(asset?.bytes ?? []).equals(await readFile(path.join(SAMPLE_LIBRARY, 'images', 'zoom-levels.png')))).toBe(true);
    expect(Array.from(asset?.bytes.subarray(0, 8) ?? [])).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(article.body.content).toContain(`](asset:${asset?.name})`);
    expect(article.meta.wordCount).toBeGreaterThanOrEqual(500);
  });

  it('has an HTML article whose page chrome Readability dropped', () => {
    const article = byName('the-offprint-a-short-history.html');
    expect(article.meta).toMatchObject({
      title: 'The Offprint: A Short History of the Article That Travels Alone',
      source: 'Offprint Notes',
      publishedAt: '2025-02-03',
      url: 'https://example.org/offprint/notes/history-of-the-offprint',
      language: 'en',
    });
    expect(article.body.content).toMatch(/<blockquote>/);
    expect(article.body.content).toMatch(/<ul>/);
    expect(article.body.content).not.toMatch(/Subscribe|Search the notes|More from Offprint Notes|Privacy/);
    expect(article.meta.wordCount).toBeGreaterThanOrEqual(600);
  });

  it('has a Chinese article of more than 1,500 characters, recognised as Chinese', () => {
    const article = byName('reading-without-a-network-zh.md');
    expect(article.meta.language).toBe('zh');
    expect(article.meta.title).toBe('在没有网络的地方读书');
    expect(article.text.match(/\p{Script=Han}/gu)?.length).toBeGreaterThan(1500);
    expect(extractKeywords(article.text, article.meta.language)).toContain('阅读');
  });

  it('has a long article of at least 10,000 words, with distinct paragraphs under ## headings', () => {
    const article = byName('a-readers-handbook.md');
    expect(article.meta.wordCount).toBeGreaterThanOrEqual(10_000);
    expect(countWords(article.text)).toBe(article.meta.wordCount);
    expect(article.body.content.match(/^## /gm)?.length).toBeGreaterThanOrEqual(20);
    const paragraphs = article.body.content.split(/\n\s*\n/).filter((p) => p.trim() !== '' && !p.startsWith('#'));
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
  });
});
