/** EPUB import: an EPUB 3 and an EPUB 2 book made from the specification (tests/fixtures/formats/make-epub.mjs), DRM and broken books refused. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../../../src-shared/contract';
import { NO_ASSETS } from '../../../../../src-main/services/import/asset-source';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';

const DRM_REASON = errors.epubDrm;
import { parseHtmlFragment } from '../../../../../src-main/services/import/html-dom';
import { importBytes } from '../../../../../src-main/services/import/import-file';
import { imagesIn, REPO } from './import-test-helpers';

const FORMATS = path.join(REPO, 'tests/fixtures/formats');
const LIMITS = { maxFileBytes: 50 * 1024 * 1024 };
const PNG = new Uint8Array(readFileSync(path.join(REPO, 'tests/fixtures/e2e/images/square.png')));

async function importEpubFile(name: string, bytes?: Uint8Array) {
  return importBytes(name, name, bytes ?? new Uint8Array(await readFile(path.join(FORMATS, name))), NO_ASSETS, LIMITS);
}

async function book(name: string): Promise<ParsedArticle> {
  const outcome = await importEpubFile(name);
  if (!('article' in outcome)) throw new Error(outcome.failure.reason);
  return outcome.article;
}

function headings(html: string): string[] {
  return [...html.matchAll(/<(h[1-6])\b[^>]*>(.*?)<\/\1>/g)].map((match) => `${match[1]} ${match[2]}`);
}

const CONTAINER = `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`;

function smallEpub(files: Record<string, string>): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 | 6 }]> = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (const [name, text] of Object.entries({ 'META-INF/container.xml': CONTAINER, ...files })) entries[name] = [strToU8(text), { level: 6 }];
  return zipSync(entries);
}

const CHAPTER = '<html xmlns="http://www.w3.org/1999/xhtml"><body><h1>One</h1><p>The only chapter of a small book, long enough to be read as text.</p></body></html>';
const opf = (href: string) =>
  `<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Small</dc:title></metadata><manifest><item id="c" href="${href}" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c"/></spine></package>`;

describe('EPUB 3', () => {
  it('reads the metadata of the package', async () => {
    const { meta } = await book('epub3-harbour.epub');
    expect(meta).toMatchObject({
      title: 'The Harbour Book',
      author: 'Mara Lind, Tomas Berg',
      source: 'Quayside Press',
      publishedAt: '2021-06-15',
      language: 'en',
      identifier: 'urn:uuid:0c1f4a52-7d3e-4b8e-9a51-3f2f6c1d2b7e',
    });
  });

  it('makes one section per chapter in spine order, headed as the table of contents says', async () => {
    const { body, text } = await book('epub3-harbour.epub');
    expect(body.format).toBe('html');
    const sections = [...parseHtmlFragment(body.content).children];
    expect(sections.map((section) => `${section.tagName} ${section.querySelector('h2')?.textContent}`)).toEqual(['SECTION The Tide Tables', 'SECTION The Night Ferry']);
    expect(headings(body.content)).toEqual(['h2 The Tide Tables', 'h3 Spring Tides', 'h2 The Night Ferry', 'h3 The Crossing']);
    expect(text.indexOf('harbour master')).toBeLessThan(text.indexOf('night ferry leaves'));
    expect(text).toContain('crème, déjà vu, naïve');
    expect(body.content).not.toMatch(/<link|stylesheet|epub:type|xmlns/);
  });

  it('keeps the book’s image as an asset', async () => {
    const { body, assets } = await book('epub3-harbour.epub');
    expect(assets.map((asset) => asset.mediaType)).toEqual(['image/png']);
    expect(imagesIn(body.content)).toEqual([{ src: `asset:${assets[0]?.name}`, alt: 'A square chart' }]);
  });
});

describe('EPUB 2', () => {
  it('reads the NCX, XHTML 1.1 chapters and the unique identifier', async () => {
    const { meta, body, text } = await book('epub2-lighthouse.epub');
    expect(meta).toMatchObject({ title: 'Le Gardien du Phare', author: 'Jeanne Morel', source: 'Éditions du Large', publishedAt: '1998-03-02', language: 'fr' });
    expect(meta.identifier).toBe('urn:uuid:6d1c8a0e-2b1f-4c5e-8e0a-9b7d3c2e1f40');
    expect(headings(body.content)).toEqual(['h2 I. La Tempête', 'h2 II. Le Matin']);
    // `<a id="start"/>` closes at once: the chapter's text is not swallowed into a link.
    expect(body.content).not.toMatch(/<a\b[^>]*>[^<]*<h2/);
    expect(text).toMatch(/sous la porte\s; il nota/);
    expect(text.indexOf('La mer montait')).toBeLessThan(text.indexOf('Au matin'));
  });
});

describe('books whose table of contents points into the middle of a file', () => {
  it('heads a section at each entry of the chapters’ level, and keeps a cover image', async () => {
    const nav = `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>
      <li><a href="all.xhtml">Morning</a><ol><li><a href="all.xhtml#tea">Tea</a></li></ol></li>
      <li><a href="all.xhtml#noon">Noon</a></li>
      <li><a href="all.xhtml#evening">Evening</a></li>
      <li><a href="all.xhtml#night">Night</a></li></ol></nav></body></html>`;
    const all = `<html xmlns="http://www.w3.org/1999/xhtml"><body>
      <h1>Morning</h1><p>The boats go out before the sun is up, and the harbour is quiet.</p>
      <h2 id="tea">Tea</h2><p>Tea is brewed on the quay in a blackened kettle.</p>
      <h1 id="noon">Noon</h1><p>At noon the nets come in and the gulls gather over the slipway.</p>
      <div id="evening"><h3>Evening</h3><p>In the evening the fish are sold from the harbour steps.</p></div>
      <p><a id="night"/>At night the lamps are lit along the wall, one by one.</p></body></html>`;
    const cover = `<html xmlns="http://www.w3.org/1999/xhtml"><body><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="cover.png" width="10" height="10"/></svg></body></html>`;
    const pkg = `<package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>A Day</dc:title></metadata>
      <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
      <item id="all" href="all.xhtml" media-type="application/xhtml+xml"/><item id="img" href="cover.png" media-type="image/png"/></manifest>
      <spine><itemref idref="cover"/><itemref idref="all"/></spine></package>`;
    const bytes = smallEpub({ 'book.opf': pkg, 'nav.xhtml': nav, 'all.xhtml': all, 'cover.xhtml': cover });
    const withCover = zipSync({ ...unzipSync(bytes), 'cover.png': PNG });
    const outcome = await importEpubFile('day.epub', withCover);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    const { body, assets } = outcome.article;
    expect(headings(body.content)).toEqual(['h2 Morning', 'h3 Tea', 'h2 Noon', 'h2 Evening', 'h2 Night']);
    expect(outcome.article.text).toMatch(/Night\s+At night the lamps/);
    expect(imagesIn(body.content)).toEqual([{ src: `asset:${assets[0]?.name}`, alt: '' }]);
  });
});

describe('chapters that are not well-formed XHTML', () => {
  it('keeps the text that follows an unclosed <br> or <img>', async () => {
    const chapter = '<html><body><h1>One</h1><p>First line<br>second line of a chapter written as HTML</p><p><img src="x.png" alt="x">After the image.</p></body></html>';
    const outcome = await importEpubFile('html.epub', smallEpub({ 'book.opf': opf('one.xhtml'), 'one.xhtml': chapter }));
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.article.text).toContain('second line of a chapter written as HTML');
    expect(outcome.article.text).toContain('After the image.');
  });
});

describe('books that cannot be imported', () => {
  it('refuses a book locked by DRM, saying so', async () => {
    expect(await importEpubFile('epub-drm.epub')).toMatchObject({ path: 'epub-drm.epub', failure: { path: 'epub-drm.epub', reason: DRM_REASON } });
  });

  it('refuses encrypted chapters even without a rights file, but reads a book whose fonts are only obfuscated', async () => {
    const encryption = (algorithm: string, uri: string) =>
      `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData></encryption>`;
    const locked = smallEpub({ 'META-INF/encryption.xml': encryption('http://www.w3.org/2001/04/xmlenc#aes128-cbc', 'one.xhtml'), 'book.opf': opf('one.xhtml'), 'one.xhtml': CHAPTER });
    expect(await importEpubFile('locked.epub', locked)).toMatchObject({ failure: { reason: DRM_REASON } });
    const fonts = smallEpub({ 'META-INF/encryption.xml': encryption('http://www.idpf.org/2008/embedding', 'font.otf'), 'book.opf': opf('one.xhtml'), 'one.xhtml': CHAPTER });
    expect(await importEpubFile('fonts.epub', fonts)).toMatchObject({ article: { meta: { title: 'Small' } } });
  });

  it('refuses a package that points outside the book, a missing chapter and a file that is not a zip', async () => {
    const outside = smallEpub({ 'book.opf': opf('../../etc/passwd'), 'one.xhtml': CHAPTER });
    expect(await importEpubFile('outside.epub', outside)).toMatchObject({
      failure: { reason: 'The EPUB\'s package points outside the book (item “c”: “../../etc/passwd”).' },
    });
    const missing = smallEpub({ 'book.opf': opf('two.xhtml') });
    expect(await importEpubFile('missing.epub', missing)).toMatchObject({ failure: { reason: 'The EPUB\'s chapter “two.xhtml” is missing from the book.' } });
    expect(await importEpubFile('plain.epub', strToU8('not a zip at all, just some words'))).toMatchObject({
      failure: { reason: expect.stringMatching(/^The EPUB cannot be opened\. It is not a zip archive/) },
    });
  });
});
