/**
 * A link-only entry (a Pocket item: no text) in a bundle, so that backups and exports keep it: written with
 * `linkOnly` and an empty body, accepted by the bridge's check, and read back as a link-only entry with its
 * address, tags, states and waiting highlights. An empty body without the mark, or without a web address, is refused.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportedArticle } from '../../../../../src-shared/contract';
import { BundleWriter, bundleArticleToParsed, readArchive } from '../../../../../src-main/services/bundle';
import { exportedArticleSchema } from '../../../../../src-main/services/bundle/exported-article-schema';
import { linkOnlyArticle } from '../../../../../src-main/services/import/link-only-article';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-link-only-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const URL = 'https://read.example.org/essays/slow-reading';
const ORPHAN = { id: 'migrated-1', color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: 'the margin answers back', prefix: '', suffix: '' }], note: null, createdAt: '2024-04-03T09:12:00.000Z' };

function exported(): ExportedArticle {
  const article = linkOnlyArticle({ url: URL, title: 'The Slow Reading Movement', tags: ['reading', 'slow web'], fileName: 'part_000000.csv' });
  return {
    ...article,
    meta: { ...article.meta, archivedAt: '2024-04-02T07:15:31.000Z' },
    id: 'link-only-0001',
    addedAt: '2024-04-02T07:15:31.000Z',
    annotations: { notes: [], highlights: [ORPHAN] },
  };
}

describe('link-only entries in a bundle', () => {
  it('are accepted at the bridge only when marked, with a web address or none', () => {
    expect(exportedArticleSchema.safeParse(exported()).success).toBe(true);
    const unmarked = exported();
    delete unmarked.meta.linkOnly;
    expect(exportedArticleSchema.safeParse(unmarked).success).toBe(false);
    expect(exportedArticleSchema.safeParse({ ...exported(), meta: { ...exported().meta, url: 'file:///etc/passwd' } }).success).toBe(false);
    // An entry named by its title only (Readwise's books) has no address at all.
    expect(exportedArticleSchema.safeParse({ ...exported(), meta: { ...exported().meta, url: null } }).success).toBe(true);
  });

  it('come back from a bundle as link-only entries, with their address, tags, state and highlights', async () => {
    const target = join(dir, 'Library.offprint');
    const writer = await BundleWriter.create(target, { title: 'Backup', creator: 'Offprint test', created: new Date('2024-05-01T09:30:00Z') });
    await writer.addArticle(exported());
    await writer.finish();
    const contents = readArchive(new Uint8Array(readFileSync(target)), 'Library.offprint');
    if (contents.kind !== 'bundle') throw new Error(contents.kind);
    expect(contents.failures).toEqual([]);
    const outcome = bundleArticleToParsed(contents.articles[0]!);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta).toMatchObject({
      title: 'The Slow Reading Movement',
      url: URL,
      tags: ['reading', 'slow web'],
      linkOnly: true,
      archivedAt: '2024-04-02T07:15:31.000Z',
      addedAt: '2024-04-02T07:15:31.000Z',
      contentHash: exported().meta.contentHash,
    });
    expect(outcome.article.body).toEqual({ format: 'text', content: '' });
    expect(outcome.article.annotations?.highlights).toEqual([ORPHAN]);
  });

  it('come back without an address when their export named them by title only (a backup of Readwise’s books)', async () => {
    const target = join(dir, 'Books.offprint');
    const book = exported();
    book.meta = { ...book.meta, url: null, author: 'Ann Reader', title: 'Harbour Pilots' };
    const writer = await BundleWriter.create(target, { title: 'Backup', creator: 'Offprint test', created: new Date('2024-05-01T09:30:00Z') });
    await writer.addArticle(book);
    await writer.finish();
    const contents = readArchive(new Uint8Array(readFileSync(target)), 'Books.offprint');
    if (contents.kind !== 'bundle') throw new Error(contents.kind);
    const outcome = bundleArticleToParsed(contents.articles[0]!);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta).toMatchObject({ title: 'Harbour Pilots', author: 'Ann Reader', url: null, linkOnly: true });
    expect(outcome.article.annotations?.highlights).toEqual([ORPHAN]);
  });
});
