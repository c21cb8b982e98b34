/**
 * Export, then import: every article written by BundleWriter comes back from readArchive + bundleArticleToParsed
 * with every field, every asset byte and every note and highlight as it was.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedArticle, ParsedArticle } from '../../../../../src-shared/contract';
import { BundleWriter, bundleArticleToParsed, readArchive } from '../../../../../src-main/services/bundle';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import { exportedArticlesSchema } from '../../../../../src-main/services/bundle/exported-article-schema';
import { exportedArticle, SVG } from './support/articles';
import { makePdf } from '../import/pdf-writer';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function writeBundle(articles: ExportedArticle[], name = 'Library.offprint'): Promise<string> {
  const target = join(dir, name);
  const writer = await BundleWriter.create(target, { title: 'My library', creator: 'Offprint test', created: new Date('2024-05-01T09:30:00Z') });
  for (const article of articles) await writer.addArticle(article);
  const finished = await writer.finish();
  expect(finished).toEqual({ path: target, articleCount: articles.length, bytes: readFileSync(target).length });
  return target;
}

function readBack(target: string): ParsedArticle[] {
  const contents = readArchive(new Uint8Array(readFileSync(target)), 'Library.offprint');
  if (contents.kind !== 'bundle') throw new Error(`expected a bundle, got ${contents.kind}: ${JSON.stringify(contents.failures)}`);
  expect(contents.failures).toEqual([]);
  return contents.articles.map((unit) => {
    const outcome = bundleArticleToParsed(unit);
    if ('failure' in outcome) throw new Error(`${outcome.failure.path}: ${outcome.failure.reason}`);
    return outcome.article;
  });
}

function asExported(article: ParsedArticle, index: number): ExportedArticle {
  return {
    ...article,
    id: `a${String(index).padStart(4, '0')}`,
    addedAt: `2024-05-0${(index % 9) + 1}T10:00:00.000Z`,
    annotations: {
      notes: index === 0 ? [{ id: 'n1', body: '**Note** on the first one.', createdAt: '2024-05-01T08:00:00Z', updatedAt: '2024-05-01T09:00:00Z' }] : [],
      highlights: [],
    },
  };
}

describe('bundle round trip', () => {
  it('gives back every field, asset byte and note of the sample library, articles in every format', async () => {
    const sample = await parsePaths([join(process.cwd(), 'resources/sample-library'), join(process.cwd(), 'tests/fixtures/e2e')]);
    expect(sample.articles.length).toBeGreaterThanOrEqual(6);
    expect(new Set(sample.articles.map((a) => a.body.format))).toEqual(new Set(['text', 'markdown', 'html']));
    expect(sample.articles.some((a) => a.assets.length > 0)).toBe(true);
    const exported = sample.articles.map(asExported);

    const back = readBack(await writeBundle(exported));

    expect(back).toHaveLength(exported.length);
    for (const original of exported) {
      const copy = back.find((article) => article.meta.identifier === original.id);
      expect(copy, original.meta.title).toBeDefined();
      const { id: _id, addedAt: _addedAt, annotations, ...parsed } = original;
      expect(copy?.meta.identifier).toBe(original.id);
      expect({ ...copy, meta: { ...copy?.meta, identifier: undefined }, annotations: undefined }).toEqual({
        ...parsed,
        meta: { ...parsed.meta, identifier: undefined, addedAt: original.addedAt },
        annotations: undefined,
      });
      expect(copy?.annotations ?? { notes: [], highlights: [] }).toEqual(annotations);
    }
  });

  it('keeps notes and highlights, SVG and PNG assets, and Chinese text', async () => {
    const chinese = exportedArticle('zh-1', {
      meta: { ...exportedArticle('x').meta, title: '全球安全治理的中国方案', language: 'zh', tags: ['安全'], keywords: ['全球治理', 'Security'] },
      body: { format: 'text', content: '中国方案为全球安全治理作出贡献。\n\n第二段讲合作。' },
      assets: [{ name: 'chart.svg', mediaType: 'image/svg+xml', bytes: SVG }],
    });
    const english = exportedArticle('en-1');
    const [first, second] = readBack(await writeBundle([english, chinese]));

    expect(first?.meta).toMatchObject({ identifier: 'en-1', title: 'Field notes en-1', author: 'Ada Reader', tags: ['field work', 'notes'] });
    expect(first?.annotations).toEqual(english.annotations);
    expect(first?.assets).toEqual(english.assets);
    expect(first?.text).toContain('A paragraph about rivers and bridges.');
    expect(first?.text).not.toMatch(/[*#!]|asset:/);
    expect(second?.meta).toMatchObject({ identifier: 'zh-1', title: '全球安全治理的中国方案', language: 'zh', tags: ['安全'] });
    // The page's keywords travel in their own field and come back as keywords, never as tags.
    expect(second?.meta.keywords).toEqual(['全球治理', 'Security']);
    expect(second?.meta.wordCount).toBeGreaterThan(5);
    expect(second?.body).toEqual(chinese.body);
    expect(second?.assets).toEqual([{ name: 'chart.svg', mediaType: 'image/svg+xml', bytes: SVG }]);
  });

  it('carries an article’s original PDF (backups and restores are bundles too), and refuses a PDF under any other name or bytes that are not one', async () => {
    const pdf = makePdf([[{ x: 72, top: 100, size: 12, text: 'Printed once.' }]]);
    const original = { name: 'original.pdf', mediaType: 'application/pdf', bytes: pdf };
    const fromPdf = exportedArticle('pdf-1', { assets: [{ name: 'chart.svg', mediaType: 'image/svg+xml', bytes: SVG }, original] });
    expect(exportedArticlesSchema.safeParse([fromPdf]).success).toBe(true);
    const [back] = readBack(await writeBundle([fromPdf]));
    expect(back?.assets).toEqual(fromPdf.assets);

    const renamed = exportedArticle('pdf-2', { assets: [{ ...original, name: 'paper.pdf' }] });
    expect(exportedArticlesSchema.safeParse([renamed]).success).toBe(false);
    const notPdf = exportedArticle('pdf-3', { assets: [{ ...original, bytes: new TextEncoder().encode('<html></html>') }] });
    expect(exportedArticlesSchema.safeParse([notPdf]).success).toBe(false);
  });

  it('carries the person’s corrections: when, which details, what the file said, and the corrected values as they are', async () => {
    const base = exportedArticle('edited-1');
    const longTitle = `A corrected title ${'that goes on '.repeat(40)}`.trim();
    const edited = exportedArticle('edited-1', {
      meta: {
        ...base.meta,
        title: longTitle,
        language: null,
        editedAt: '2026-03-01T12:00:00.000Z',
        editedFields: ['title', 'language', 'url'],
        fromFile: { title: 'Field notes | The Quarterly', language: 'en', url: 'file:///etc/passwd' },
      },
    });
    // Through the bridge's own check (export:add), as the renderer's export goes.
    const [sent] = exportedArticlesSchema.parse([edited]);
    const [back] = readBack(await writeBundle([sent as ExportedArticle]));

    expect(back?.meta).toMatchObject({
      title: longTitle,
      // Not guessed from the text: the person chose no language.
      language: null,
      editedAt: '2026-03-01T12:00:00.000Z',
      editedFields: ['title', 'url', 'language'],
      // Only a web address is written for the file's address too.
      fromFile: { title: 'Field notes | The Quarterly', language: 'en', url: null },
    });
    expect(longTitle.length).toBeGreaterThan(300);
  });

  it('reads a bundle written before the corrections travelled: no detail is marked as the person’s', async () => {
    const [back] = readBack(await writeBundle([exportedArticle('older-1')]));
    expect(back?.meta).toMatchObject({ title: 'Field notes older-1', language: 'en' });
    for (const mark of ['editedAt', 'editedFields', 'fromFile']) expect(back?.meta).not.toHaveProperty(mark);
  });

  it('refuses a bundle article whose corrections are malformed, naming the file', async () => {
    const target = await writeBundle([exportedArticle('bad-1', { meta: { ...exportedArticle('bad-1').meta, editedAt: '2026-03-01T12:00:00.000Z' } })]);
    const contents = readArchive(new Uint8Array(readFileSync(target)), 'Library.offprint');
    if (contents.kind !== 'bundle') throw new Error('expected a bundle');
    const unit = contents.articles[0]!;
    const json = unit.files.find((file) => file.path === 'article.json')!;
    const meta = JSON.parse(new TextDecoder().decode(json.bytes)) as Record<string, unknown>;
    json.bytes = new TextEncoder().encode(JSON.stringify({ ...meta, editedFields: 'title' }));
    const outcome = bundleArticleToParsed(unit);
    expect('failure' in outcome && outcome.failure.path).toBe('Library.offprint › articles/bad-1/article.json');
  });
});
