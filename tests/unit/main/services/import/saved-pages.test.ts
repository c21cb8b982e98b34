/**
 * Saved pages as the savers write them (tests/fixtures/formats/make-saved-pages.mjs): SingleFile's leading comment
 * gives the address and the saved date and its data: images are kept as assets; Chrome's "Webpage, Complete" keeps
 * its `saved from url` address and its NAME_files images.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../../../src-main/services/import/html-dom';
import { singleFileComment } from '../../../../../src-main/services/import/html-page-clues';
import { imagesIn, importOne, REPO } from './import-test-helpers';

const FORMATS = path.join(REPO, 'tests/fixtures/formats');

describe('SingleFile', () => {
  it('reads the address and the saved date from its comment, and keeps its data: images as assets', async () => {
    const article = await importOne(path.join(FORMATS, 'singlefile-quay.html'));
    expect(article.meta).toMatchObject({
      title: 'Night Market on the Quay',
      url: 'https://quay.example.org/night-market',
      addedAt: '2024-03-08T20:15:42.000Z',
    });
    expect(article.assets.map((asset) => asset.mediaType)).toEqual(['image/png', 'image/svg+xml']);
    expect(imagesIn(article.body.content).map((image) => image.src)).toEqual(article.assets.map((asset) => `asset:${asset.name}`));
    expect(article.body.content).not.toContain('data:');
  });

  it('reads the comment before <html> too, and the legacy header; a page without it has none', () => {
    const comment = (text: string) => singleFileComment(parseHtmlDocument(`${text}<html><head><title>x</title></head><body><p>x</p></body></html>`));
    expect(comment('<!--\n Archive processed by SingleFile \n url: https://a.example/b \n saved date: Mon Jan 01 2024 00:00:00 GMT+0000\n-->')).toEqual({
      url: 'https://a.example/b',
      savedAt: '2024-01-01T00:00:00.000Z',
    });
    expect(comment('<!--\n Page saved with SingleFile \n url: https://a.example/b \n saved date: sometime\n-->')).toEqual({ url: 'https://a.example/b', savedAt: null });
    expect(comment('<!-- saved from url=(0020)https://a.example/b -->')).toBeNull();
  });
});

describe('Chrome "Webpage, Complete"', () => {
  it('keeps the address of its "saved from url" comment and its NAME_files images', async () => {
    const article = await importOne(path.join(FORMATS, 'chrome-complete/Quay.html'));
    expect(article.meta.url).toBe('https://quay.example.org/night-market?ref=home');
    expect(article.meta.addedAt).toBeUndefined();
    expect(article.assets.map((asset) => [asset.name, asset.mediaType])).toEqual([
      ['square.png', 'image/png'],
      ['mark.svg', 'image/svg+xml'],
    ]);
    expect(article.body.content).toContain('crates home');
  });
});
