import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../../../../src-main/services/import/html-charset';
import { parseFiles, parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture, importOne, imagesIn } from './import-test-helpers';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const SAVED_PAGE = fixture('html', 'saved-page.html');

function page(head: string, body: string): string {
  const filler = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a page that has enough words in it for Readability to recognise it as the article, which it needs before it keeps anything at all.</p>`).join('\n');
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${body}${filler}</article></body></html>`;
}

describe('HTML metadata', () => {
  it('prefers Open Graph, the canonical link and <html lang>, with the author from <meta name=author>', async () => {
    const { meta } = await importOne(SAVED_PAGE);
    expect(meta).toMatchObject({
      title: 'The Quiet Carriage',
      author: 'Priya Natarajan',
      source: 'Rail Review',
      url: 'https://rail.example/quiet-carriage',
      publishedAt: '2021-03-14',
      language: 'en-US',
      tags: [],
      keywords: ['trains', 'reading'],
      originalName: 'saved-page.html',
    });
  });

  it('falls back on JSON-LD (headline, author, datePublished, publisher) when the meta tags are missing', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        { '@type': 'NewsArticle', headline: 'Lamps of the Reading Room', author: [{ name: 'Jo Li' }, { name: 'Al Ng' }], datePublished: '2016-05-04T10:00:00Z', publisher: { name: 'Gazette' }, url: 'https://gazette.example/lamps' },
      ],
    });
    const html = page(`<title>ignored | Gazette</title><script type="application/ld+json">${ld}</script>`, '<h1>Lamps</h1>');
    const batch = await parseFiles([{ name: 'lamps.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.meta).toMatchObject({
      title: 'Lamps of the Reading Room',
      author: 'Jo Li, Al Ng',
      publishedAt: '2016-05-04',
      source: 'Gazette',
      url: 'https://gazette.example/lamps',
    });
  });

  it('takes the title from <title> when nothing else names it, and ignores a relative canonical link', async () => {
    const html = page('<title>A Plain Page</title><link rel="canonical" href="/relative/path">', '');
    const batch = await parseFiles([{ name: 'plain.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.meta.title).toBe('A Plain Page');
    expect(batch.articles[0]?.meta.url).toBeNull();
  });
});

describe('HTML content', () => {
  it("keeps the article and drops the site's navigation, header and footer", async () => {
    const article = await importOne(SAVED_PAGE);
    expect(article.body.format).toBe('html');
    expect(article.body.content).toContain('On the early train from the coast there is one carriage where nobody speaks.');
    expect(article.body.content).toContain('<figcaption>Morning readers in the quiet carriage.</figcaption>');
    expect(article.body.content).not.toMatch(/Subscribe to our newsletter|All rights reserved|Privacy|Rail Review logo/);
    expect(article.text).toMatch(/^On the early train/);
    expect(article.text).toMatch(/devoted to silence\.$/);
    expect(article.meta.wordCount).toBeGreaterThan(180);
  });

  it("resolves the article's relative links against the page's address, and unlinks them when it is unknown", async () => {
    const article = await importOne(SAVED_PAGE);
    expect(article.body.content).toContain('<a href="https://rail.example/timetables/coast">coastal timetable</a>');
    const html = page('<title>No address</title>', '<p>See the <a href="other.html">other page</a> and <a href="https://example.org/x">this one</a>.</p>');
    const batch = await parseFiles([{ name: 'links.html', bytes: encode(html) }]);
    expect(batch.articles[0]?.body.content).toContain('<a title="other.html">other page</a>');
    expect(batch.articles[0]?.body.content).toContain('<a href="https://example.org/x">this one</a>');
  });

  it('never runs the page’s scripts', async () => {
    await importOne(SAVED_PAGE);
    expect((globalThis as Record<string, unknown>)['__offprintPageScriptRan']).toBeUndefined();
    expect((await importOne(SAVED_PAGE)).body.content).not.toContain('<script');
  });

  it('stores the image from the saved page\'s _files folder and the data: image as assets', async () => {
    const article = await importOne(SAVED_PAGE);
    const photo = await readFile(fixture('html', 'saved-page_files', 'photo.png'));
    const names = article.assets.map((asset) => asset.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('photo.png');
    expect(Buffer.from(article.assets.find((a) => a.name === 'photo.png')?.bytes ?? []).equals(photo)).toBe(true);
    expect(imagesIn(article.body.content)).toContainEqual({ alt: 'Passengers reading in the quiet carriage', src: 'asset:photo.png' });
    const inline = names.find((name) => name !== 'photo.png');
    expect(imagesIn(article.body.content)).toContainEqual({ alt: `A small inline chart`, src: `asset:${inline}` });
  });

  it('keeps remote images (lazy ones too) as placeholders with their alt text and address, and no src', async () => {
    const { body } = await importOne(SAVED_PAGE);
    expect(imagesIn(body.content)).toContainEqual({ alt: 'The platform at dawn', 'data-offprint-remote-src': 'https://images.example/platform.jpg' });
    expect(imagesIn(body.content)).toContainEqual({ alt: 'A lazily loaded photo', 'data-offprint-remote-src': 'https://images.example/lazy-photo.jpg' });
    expect(body.content).not.toMatch(/\ssrc="https?:/);
    expect(body.content).not.toContain('file:///offline');
  });

  it('keeps a dropped page\'s local images as placeholders (no folder to read them from)', async () => {
    const bytes = new Uint8Array(await readFile(SAVED_PAGE));
    const batch = await parseFiles([{ name: 'saved-page.html', bytes }]);
    const { body, assets } = batch.articles[0] ?? { body: { content: '' }, assets: [] };
    expect(assets).toHaveLength(1);
    expect(body.content).toContain('data-offprint-local-src="saved-page_files/photo.png"');
  });
});

describe('HTML character sets', () => {
  it('decodes a GBK page declared as gb2312 in an http-equiv meta', async () => {
    const bytes = await readFile(fixture('html', 'gbk-page.html'));
    // The fixture holds 中文阅读 as GBK bytes, not UTF-8.
    expect(bytes.includes(Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd4, 0xc4, 0xb6, 0xc1]))).toBe(true);
    expect(declaredCharset(new Uint8Array(bytes))).toBe('gbk');
    const article = await importOne(fixture('html', 'gbk-page.html'));
    expect(article.meta.title).toBe('中文阅读');
    expect(article.meta.language).toBe('zh');
    expect(article.text).toContain('图书馆是城市的书房。');
    expect(article.text).not.toContain('\uFFFD');
  });

  it('follows the byte-order mark over a contradicting meta charset', async () => {
    const html = page('<meta charset="windows-1252"><title>Café</title>', '<p>Un café près de la bibliothèque.</p>');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(html)]);
    const batch = await parseFiles([{ name: 'bom.html', bytes }]);
    expect(batch.articles[0]?.meta.title).toBe('Café');
  });

  it('reads <meta charset> for Shift_JIS and Big5 labels', () => {
    expect(declaredCharset(encode('<meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(encode('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('big5');
    expect(declaredCharset(encode('<meta charset="no-such-set">'))).toBeNull();
  });

  it('detects the character set of a GBK page that does not declare one', async () => {
    const gbk = await readFile(fixture('html', 'gbk-page.html'));
    const undeclared = new Uint8Array(gbk.toString('latin1').replace(/<meta[^>]*>/, '').split('').map((c) => c.charCodeAt(0)));
    expect(declaredCharset(undeclared)).toBeNull();
    const batch = await parseFiles([{ name: 'undeclared.html', bytes: undeclared }]);
    expect(batch.articles[0]?.meta.title).toBe('中文阅读');
    expect(batch.articles[0]?.text).toContain('图书馆是城市的书房。');
  });
});

describe('HTML without an article', () => {
  it('fails with a reason when the page has no readable text', async () => {
    const batch = await parsePaths([fixture('html', 'other', 'empty-body.html')]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures[0]?.reason).toMatch(/no readable text/);
  });
});

describe('HTML metadata that reads right', () => {
  const page = (head: string, body: string): Uint8Array =>
    new TextEncoder().encode(`<!doctype html><html lang="en-GB"><head>${head}</head><body><article><h1>Storm hits the coast</h1>${body}${'<p>The storm reached the coast overnight, and the harbour was closed to every boat until the morning after, when the wind fell.</p>'.repeat(8)}</article></body></html>`);

  it('takes the site name off the title, keeps keywords apart from tags, and drops an author equal to the source', async () => {
    const bytes = page(
      '<title>Storm hits the coast - BBC News</title><meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News"><meta name="keywords" content="Weather;Storms, Coast、Weather">',
      '<p class="byline">By Corey Kilgannon</p>',
    );
    const batch = await parseFiles([{ name: 'storm.html', bytes }]);
    expect(batch.articles[0]?.meta).toMatchObject({
      title: 'Storm hits the coast',
      source: 'BBC News',
      author: 'Corey Kilgannon',
      tags: [],
      keywords: ['Weather', 'Storms', 'Coast'],
      language: 'en-GB',
    });
  });

  it('names the source after the site when the page gives only its address, never as a URL', async () => {
    const bytes = page('<title>Storm hits the coast | TMZ</title><link rel="canonical" href="http://www.tmz.com/2016/storm">', '');
    const batch = await parseFiles([{ name: 'storm.html', bytes }]);
    expect(batch.articles[0]?.meta).toMatchObject({ title: 'Storm hits the coast', source: 'TMZ' });
  });

  it('reads <meta value=…> where a saver rewrote content=', async () => {
    const bytes = page('<meta name="og:site_name" value="Ars Technica"><meta name="article:published_time" value="2016-10-13T16:34:00Z">', '');
    const batch = await parseFiles([{ name: 'ars.html', bytes }]);
    expect(batch.articles[0]?.meta).toMatchObject({ source: 'Ars Technica', publishedAt: '2016-10-13' });
  });
});
