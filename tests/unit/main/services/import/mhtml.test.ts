/** MHTML import: Chromium's own snapshot (tests/fixtures/formats/make-mhtml.mjs), and broken files refused with a reason. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_ASSETS } from '../../../../../src-main/services/import/asset-source';
import { importBytes } from '../../../../../src-main/services/import/import-file';
import { parseMhtml } from '../../../../../src-main/services/import/mhtml-parts';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';

const NO_HTML_PART_REASON = errors.mhtmlNoPage;
const TRUNCATED_REASON = errors.mhtmlTruncated;
import { REPO } from './import-test-helpers';

const SNAPSHOT = path.join(REPO, 'tests/fixtures/formats/chromium-snapshot.mhtml');
const LIMITS = { maxFileBytes: 50 * 1024 * 1024 };

async function importMht(name: string, bytes: Uint8Array) {
  return importBytes(name, name, bytes, NO_ASSETS, LIMITS);
}

describe('MHTML parts', () => {
  it('decodes quoted-printable and base64 parts with their locations', async () => {
    const file = parseMhtml(new Uint8Array(await readFile(SNAPSHOT)));
    expect(file.headers.get('snapshot-content-location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tides\.html$/);
    const html = file.parts.find((part) => part.mediaType === 'text/html');
    expect(new TextDecoder().decode(html?.body)).toContain('crème, déjà vu, naïve');
    const image = file.parts.find((part) => part.mediaType === 'image/png');
    expect(image?.location).toMatch(/\/images\/square\.png$/);
    expect([...(image?.body.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('honours a part charset and a cid: image', async () => {
    const text = [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://example.org/page',
      'Date: Tue, 03 Mar 2020 10:00:00 GMT',
      'Content-Type: multipart/related; type="text/html"; boundary="b"',
      '',
      '--b',
      'Content-Type: text/html; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: https://example.org/page',
      '',
      '<html><head><title>Caf=E9 notes</title></head><body><article><h1>Caf=E9 notes</h1><p>A caf=E9 on the quay where the =',
      'harbour master reads the tide tables before dawn, every day of the year.</p><img src=3D"cid:pic@x" alt=3D"pic"></article></body></html>',
      '--b',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-ID: <pic@x>',
      '',
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      '--b--',
      '',
    ].join('\r\n');
    const outcome = await importMht('cafe.mht', new Uint8Array(Buffer.from(text, 'latin1')));
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.meta.title).toBe('Café notes');
    expect(outcome.article.meta.url).toBe('https://example.org/page');
    expect(outcome.article.meta.addedAt).toBe('2020-03-03T10:00:00.000Z');
    expect(outcome.article.assets.map((asset) => asset.mediaType)).toEqual(['image/png']);
    expect(outcome.article.body.content).toContain(`src="asset:${outcome.article.assets[0]?.name}"`);
  });
});

describe('MHTML import', () => {
  it("imports Chromium's snapshot with its text, title, saved date and image", async () => {
    const outcome = await importMht('tides.mhtml', new Uint8Array(await readFile(SNAPSHOT)));
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    const { article } = outcome;
    expect(article.meta.title).toBe('Tide Tables of the Northern Shore');
    expect(article.text).toContain('crème, déjà vu, naïve');
    expect(article.meta.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(article.assets).toHaveLength(1);
    expect(article.assets[0]?.mediaType).toBe('image/png');
    expect(article.body.content).toContain(`asset:${article.assets[0]?.name}`);
  });

  it('refuses a cut-off file and a file without a web page, with the reason', async () => {
    const whole = await readFile(SNAPSHOT);
    const cut = await importMht('cut.mhtml', new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(cut).toMatchObject({ path: 'cut.mhtml', failure: { path: 'cut.mhtml', reason: TRUNCATED_REASON } });
    const imagesOnly = 'Content-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    const noPage = await importMht('images.mht', new TextEncoder().encode(imagesOnly));
    expect(noPage).toMatchObject({ path: 'images.mht', failure: { path: 'images.mht', reason: NO_HTML_PART_REASON } });
  });
});
