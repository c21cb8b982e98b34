/** An article's original PDF in the library: stored with its import like an image, read back byte for byte. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storeImportBatch } from '../../../../src-renderer/src/data/import-repo';
import { hasOriginalPdf, readOriginalPdf } from '../../../../src-renderer/src/data/original-pdf-repo';
import { batchOf, parsedArticle } from '../support/parsed-article';
import { freshDb, sanitize } from './support';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n');

describe('the original PDF of an article', () => {
  it('is kept with the article and read back the same, and an article without one has none', async () => {
    const db = freshDb();
    const fromPdf = parsedArticle({ title: 'On Paper', originalName: 'paper.pdf' }, { assets: [{ name: 'original.pdf', mediaType: 'application/pdf', bytes: PDF }] });
    const { articleIds } = await storeImportBatch(db, batchOf(fromPdf, parsedArticle({ title: 'A page' })), sanitize);
    const [pdfId, pageId] = articleIds as [string, string];
    expect(await hasOriginalPdf(db, pdfId)).toBe(true);
    expect(await readOriginalPdf(db, pdfId)).toEqual(PDF);
    expect(await hasOriginalPdf(db, pageId)).toBe(false);
    expect(await readOriginalPdf(db, pageId)).toBeNull();
  });

  it('is only an asset of that name and type: an image called original.pdf is not one', async () => {
    const db = freshDb();
    const odd = parsedArticle({ title: 'Odd' }, { assets: [{ name: 'original.pdf', mediaType: 'image/png', bytes: PDF }] });
    const { articleIds } = await storeImportBatch(db, batchOf(odd), sanitize);
    expect(await hasOriginalPdf(db, articleIds[0]!)).toBe(false);
    expect(await readOriginalPdf(db, articleIds[0]!)).toBeNull();
  });
});
