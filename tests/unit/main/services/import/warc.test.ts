/**
 * WARC and WACZ import: which records become articles, how a page's images and charset come from the archive,
 * and what a damaged archive says, on archives written by warcio's own writer (warc-writer.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveLimits } from '../../../../../src-main/services/bundle/archive-limits';
import { parsePagesList, selectListedPages } from '../../../../../src-main/services/import/wacz-pages';
import { imageAddresses } from '../../../../../src-main/services/import/warc-image-refs';
import { warcPageToParsed } from '../../../../../src-main/services/import/warc-page-article';
import { charsetOf, recordRole } from '../../../../../src-main/services/import/warc-selection';
import { expandWebArchive } from '../../../../../src-main/services/import/web-archive-file';
import { makePng, makeWacz, makeWarc, type WarcEntry } from './warc-writer';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'offprint-warc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

const PNG = makePng(4, [200, 30, 30]);
const LONG = 'The harbour lights come on one by one as the tide turns, and the ferry waits at the quay for the last passengers. '.repeat(6);

function page(url: string, title: string, extra = '', date = '2024-05-01T10:00:00Z'): WarcEntry {
  return { url, date, body: `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${LONG}</p>${extra}</article></body></html>` };
}

const PAGE_A = page('https://harbour.example/notes/tides', 'Tide Tables', '<p><img src="../img/chart.png" alt="A chart"></p>');
const IMAGE = { url: 'https://harbour.example/img/chart.png', date: '2024-05-01T10:00:01Z', contentType: 'image/png', body: PNG };
const LATIN1 = {
  url: 'https://harbour.example/cafe',
  date: '2024-05-02T08:30:00Z',
  contentType: 'text/html; charset=windows-1252',
  // windows-1252 bytes (é is 0xE9), said only by the HTTP header: the page itself declares no charset.
  body: new Uint8Array(Buffer.from(`<html><head><title>Caf\u00e9 Notes</title></head><body><article><p>Le caf\u00e9 du port. ${LONG}</p></article></body></html>`, 'latin1')),
} satisfies WarcEntry;
const SKIPPED: WarcEntry[] = [
  { type: 'request', url: 'https://harbour.example/notes/tides', date: '2024-05-01T10:00:00Z', body: '' },
  { type: 'revisit', url: 'https://harbour.example/notes/again', date: '2024-05-01T11:00:00Z', body: '' },
  { type: 'metadata', url: 'https://harbour.example/notes/tides', date: '2024-05-01T10:00:00Z', body: 'outlinks: none\r\n' },
  { ...page('https://harbour.example/missing', 'Not Found'), status: 404 },
  { ...page('https://harbour.example/moved', 'Moved'), status: 301 },
  { url: 'https://harbour.example/site.css', date: '2024-05-01T10:00:02Z', contentType: 'text/css', body: 'p { color: red }' },
];

describe('which records are articles', () => {
  it('takes 200 HTML responses only, and 200 image responses as images', () => {
    const base = { type: 'response', status: 200, contentType: 'text/html; charset=utf-8', uri: 'https://a.example/' };
    expect(recordRole(base)).toBe('page');
    expect(recordRole({ ...base, contentType: 'application/xhtml+xml' })).toBe('page');
    expect(recordRole({ ...base, contentType: 'image/webp' })).toBe('image');
    expect(recordRole({ ...base, type: 'revisit' })).toBeNull();
    expect(recordRole({ ...base, type: 'request', status: null })).toBeNull();
    expect(recordRole({ ...base, type: 'metadata', status: null })).toBeNull();
    expect(recordRole({ ...base, status: 404 })).toBeNull();
    expect(recordRole({ ...base, contentType: 'text/css' })).toBeNull();
    expect(recordRole({ ...base, uri: 'urn:pageinfo:https://a.example/' })).toBeNull();
  });

  it('reads the charset of a Content-Type header', () => {
    expect(charsetOf('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetOf('text/html;charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/html')).toBeNull();
  });

  it('finds the addresses of a page’s images, resolved against its address', () => {
    const html = '<img src="a.png"><img data-src=\'/b.png\' src="data:image/gif;base64,R0"><picture><source srcset="c.webp 1x, d.webp 2x"></picture><img src="https://cdn.example/e.png?x=1&amp;y=2#top">';
    expect(imageAddresses(html, 'https://site.example/dir/page')).toEqual([
      'https://site.example/dir/a.png',
      'https://site.example/b.png',
      'https://site.example/dir/c.webp',
      'https://cdn.example/e.png?x=1&y=2',
    ]);
  });
});

describe('a WARC file', () => {
  for (const gzip of [true, false]) {
    it(`${gzip ? 'gzipped per record' : 'uncompressed'}: every 200 HTML page is an article with its image, charset, address and capture date`, async () => {
      const file = await written(`crawl${gzip ? '.warc.gz' : '.warc'}`, await makeWarc([PAGE_A, IMAGE, ...SKIPPED, LATIN1, { ...PAGE_A, date: '2024-06-01T00:00:00Z' }], { gzip }));
      const { units, failures } = await expandWebArchive(file);
      expect(failures).toEqual([]);
      expect(units.map((unit) => unit.uri)).toEqual(['https://harbour.example/notes/tides', 'https://harbour.example/cafe']);
      expect(units[0]?.images.map((image) => image.url)).toEqual(['https://harbour.example/img/chart.png']);
      const first = await warcPageToParsed(units[0]!);
      if (!('article' in first)) throw new Error(first.failure.reason);
      expect(first.path).toBe(`${file} › https://harbour.example/notes/tides`);
      expect(first.article.meta.title).toBe('Tide Tables');
      expect(first.article.meta.url).toBe('https://harbour.example/notes/tides');
      expect(first.article.meta.addedAt).toBe('2024-05-01T10:00:00.000Z');
      expect(first.article.text).toContain('ferry waits at the quay');
      expect(first.article.assets).toHaveLength(1);
      expect(Buffer.from(first.article.assets[0]!.bytes).equals(Buffer.from(PNG))).toBe(true);
      expect(first.article.body.content).toContain(first.article.assets[0]!.name);
      const second = await warcPageToParsed(units[1]!);
      if (!('article' in second)) throw new Error(second.failure.reason);
      expect(second.article.meta.title).toBe('Café Notes');
      expect(second.article.text).toContain('Le café du port.');
      expect(second.article.meta.addedAt).toBe('2024-05-02T08:30:00.000Z');
    });
  }

  it('stops reading when the import is cancelled: no pages taken, nothing reported', async () => {
    const pages = Array.from({ length: 300 }, (_, i) => page(`https://harbour.example/p/${i}`, `Page ${i}`));
    const file = await written('cancelled.warc.gz', await makeWarc(pages, { gzip: true }));
    expect((await expandWebArchive(file)).units).toHaveLength(300);
    const cancel = new AbortController();
    const reading = expandWebArchive(file, undefined, file, cancel.signal);
    cancel.abort();
    expect(await reading).toEqual({ units: [], failures: [] });
  });

  it('names a record whose Content-Length is too short, and reads the records after it', async () => {
    const lying = { ...page('https://harbour.example/lies', 'Lies'), lengthLie: -40 };
    for (const gzip of [true, false]) {
      const file = await written(`short${gzip ? '.warc.gz' : '.warc'}`, await makeWarc([PAGE_A, lying, LATIN1], { gzip }));
      const { units, failures } = await expandWebArchive(file);
      expect(units.map((unit) => unit.uri)).toEqual(['https://harbour.example/notes/tides', 'https://harbour.example/cafe']);
      expect(failures).toHaveLength(1);
      expect(failures[0]?.path).toBe(`${file} › https://harbour.example/lies`);
      expect(failures[0]?.code).toBe('warcLengthLies');
      expect(failures[0]?.reason).toMatch(/^The record of \u2068https:\/\/harbour.example\/lies\u2069 at byte [\d,]+ does not end where its length/);
    }
  });

  it('names a record whose Content-Length is too long; the pages before it are imported', async () => {
    const lying = { ...page('https://harbour.example/lies', 'Lies'), lengthLie: 300 };
    for (const gzip of [true, false]) {
      const file = await written(`long${gzip ? '.warc.gz' : '.warc'}`, await makeWarc([PAGE_A, lying, page('https://harbour.example/swallowed', 'Swallowed'), LATIN1], { gzip }));
      const { units, failures } = await expandWebArchive(file);
      // The record the lie swallowed is lost with it; the reading finds the next whole record and goes on.
      expect(units.map((unit) => unit.uri)).toEqual(['https://harbour.example/notes/tides', 'https://harbour.example/cafe']);
      expect(failures.map((failure) => [failure.path, failure.code])).toEqual([[`${file} › https://harbour.example/lies`, 'warcLengthLies']]);
    }
  });

  it('a truncated gzip member: the pages before it are imported and the report says where the archive is cut', async () => {
    const whole = await makeWarc([PAGE_A, LATIN1, page('https://harbour.example/last', 'Last')], { gzip: true });
    const file = await written('cut.warc.gz', whole.subarray(0, whole.length - 120));
    const { units, failures } = await expandWebArchive(file);
    expect(units.map((unit) => unit.uri)).toEqual(['https://harbour.example/notes/tides', 'https://harbour.example/cafe']);
    expect(failures).toHaveLength(1);
    expect(['warcRecordCut', 'warcDamagedAfter', 'warcUnreadable']).toContain(failures[0]?.code);
    expect(failures[0]?.path.startsWith(file)).toBe(true);
  });

  it('an uncompressed WARC cut inside its last record names that record', async () => {
    const whole = await makeWarc([PAGE_A, page('https://harbour.example/last', 'Last')], { gzip: false });
    const file = await written('cut.warc', whole.subarray(0, whole.length - 200));
    const { units, failures } = await expandWebArchive(file);
    expect(units.map((unit) => unit.uri)).toEqual(['https://harbour.example/notes/tides']);
    expect(failures.map((failure) => [failure.path, failure.code])).toEqual([[`${file} › https://harbour.example/last`, 'warcRecordCut']]);
  });

  it('a file that is no WARC says so, and an archive without pages says it has none', async () => {
    const notWarc = await expandWebArchive(await written('notes.warc', new TextEncoder().encode('just some text\nand more\n')));
    expect(notWarc.failures.map((failure) => failure.code)).toEqual(['warcNotWarc']);
    const noPages = await expandWebArchive(await written('images.warc.gz', await makeWarc([IMAGE], { gzip: true })));
    expect(noPages.failures.map((failure) => failure.code)).toEqual(['warcNoPages']);
  });
});

describe('a WACZ', () => {
  it('takes the pages its pages.jsonl lists, with their titles, and names a listed page it lacks', async () => {
    const warc = await makeWarc([PAGE_A, IMAGE, LATIN1], { gzip: true });
    const wacz = makeWacz({ 'data.warc.gz': warc }, [
      { url: 'https://harbour.example/notes/tides', title: 'Tides, as listed', ts: '2024-05-01T10:00:00Z' },
      { url: 'https://harbour.example/gone', title: 'Gone', ts: '2024-05-01T10:00:00Z' },
    ]);
    const file = await written('site.wacz', wacz);
    const { units, failures } = await expandWebArchive(file);
    expect(units.map((unit) => [unit.uri, unit.member, unit.title])).toEqual([['https://harbour.example/notes/tides', 'archive/data.warc.gz', 'Tides, as listed']]);
    expect(failures.map((failure) => [failure.path, failure.code])).toEqual([[`${file} › https://harbour.example/gone`, 'waczPageMissing']]);
    const outcome = await warcPageToParsed(units[0]!);
    if (!('article' in outcome)) throw new Error(outcome.failure.reason);
    expect(outcome.path).toBe(`${file} › archive/data.warc.gz › https://harbour.example/notes/tides`);
    expect(outcome.article.meta.title).toBe('Tides, as listed');
    expect(outcome.article.assets).toHaveLength(1);
  });

  it('without pages.jsonl takes every page; a bad line of it is named', async () => {
    const warc = await makeWarc([PAGE_A, LATIN1], { gzip: false });
    const all = await expandWebArchive(await written('all.wacz', makeWacz({ 'a.warc': warc }, null)));
    expect(all.units).toHaveLength(2);
    const files = { 'archive/a.warc': warc, 'pages/pages.jsonl': new TextEncoder().encode('{"format":"json-pages-1.0"}\nnot json\n{"url":"https://harbour.example/cafe","ts":"x"}\n') };
    const bad = await expandWebArchive(await written('bad.wacz', zipSync(files, { level: 0 })));
    expect(bad.units.map((unit) => unit.uri)).toEqual(['https://harbour.example/cafe']);
    expect(bad.failures.map((failure) => [failure.code, failure.params?.line])).toEqual([['waczPagesLine', 2]]);
  });

  it('the archive limits apply: entries, paths, and a WARC compressed inside the zip', async () => {
    const warc = await makeWarc([PAGE_A], { gzip: true });
    const wacz = makeWacz({ 'a.warc.gz': warc, 'b.warc.gz': warc }, null);
    const many = await expandWebArchive(await written('many.wacz', wacz), archiveLimits({ maxEntries: 2 }));
    expect(many.failures.map((failure) => failure.code)).toEqual(['archiveTooManyEntries']);
    const zipped = zipSync({ 'archive/a.warc': [await makeWarc([PAGE_A], { gzip: false }), { level: 6 }], '../escape.warc': warc });
    const deflated = await expandWebArchive(await written('deflated.wacz', zipped));
    expect(deflated.failures.map((failure) => failure.code).sort()).toEqual(['entryPathParent', 'waczWarcCompressed'].sort());
  });

  it('selects listed pages by address', () => {
    const list = parsePagesList('{"format":"json-pages-1.0","id":"pages"}\n{"url":"https://a.example/x#frag","title":" X "}\n[1]\n');
    expect(list.pages).toEqual([{ url: 'https://a.example/x', title: 'X', line: 2 }]);
    expect(list.badLines).toEqual([3]);
    const chosen = selectListedPages([{ uri: 'https://a.example/y' }, { uri: 'https://a.example/x' }], list);
    expect(chosen.pages).toEqual([{ uri: 'https://a.example/x' }]);
    expect(chosen.missing).toEqual([]);
  });
});
