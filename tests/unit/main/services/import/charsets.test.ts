import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../../../../src-main/services/import/html-charset';
import { parseFiles } from '../../../../../src-main/services/import/import-sources';
import { importOne } from './import-test-helpers';
import { LEGACY_PAGES, LEGACY_TEXTS, isValidUtf8, legacyBytes, legacyCase, legacySource, writeLegacyFile } from './legacy-fixtures';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'offprint-charsets-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Bytes no character set reads: high bytes in an order no language writes, as in a damaged file. */
function garbage(length: number): Uint8Array {
  let seed = 7;
  return Uint8Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return 0x80 + ((seed >>> 16) & 0x7f);
  });
}

describe.each([true, false])('HTML pages in legacy character sets (declared: %s)', (declared) => {
  it.each(LEGACY_PAGES)('reads the $encoding page $source: its title and body exactly', async (item) => {
    const file = await writeLegacyFile(folder, item, declared);
    const article = await importOne(file);
    expect(article.meta.title).toBe(item.title);
    expect(article.text).toContain(item.sentence);
    expect(article.meta.language).toBe(item.language);
    expect(article.text).not.toContain('\uFFFD');
  });
});

describe('text files and Markdown in legacy character sets (which cannot declare one)', () => {
  it.each(LEGACY_TEXTS)('reads the $encoding file $source: its title and body exactly', async (item) => {
    const file = await writeLegacyFile(folder, item, false);
    const article = await importOne(file);
    expect(article.meta.title).toBe(item.title);
    expect(article.text).toContain(item.sentence);
    expect(article.meta.language).toBe(item.language);
    expect(article.text).not.toContain('\uFFFD');
  });

  it('the fixtures really are in their legacy set: not UTF-8, and not the UTF-8 source', async () => {
    for (const item of [...LEGACY_PAGES, ...LEGACY_TEXTS]) expect(isValidUtf8(await legacyBytes(item))).toBe(false);
  });

  it('reads a Western European text file in windows-1252', async () => {
    const bytes = new Uint8Array(iconv.encode('Café des arts\n\nUn café près de la bibliothèque, où l’on lit le journal à midi.', 'windows-1252'));
    const batch = await parseFiles([{ name: 'cafe.txt', bytes }]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles[0]?.meta.title).toBe('Café des arts');
    expect(batch.articles[0]?.text).toBe('Un café près de la bibliothèque, où l’on lit le journal à midi.');
  });
});

describe('pages whose declaration is wrong', () => {
  it('reads a page re-saved as UTF-8 that still declares its old character set as UTF-8', async () => {
    // The source fixture is exactly that: UTF-8 bytes under <meta http-equiv=… charset=gb2312>.
    const article = await importOne(legacySource('zh-gbk.html'));
    expect(article.meta.title).toBe('城市书房的灯光');
    expect(article.text).toContain('年轻读者尤其多。');
  });

  it('reads a Shift_JIS page that says it is EUC-JP as Shift_JIS', async () => {
    const source = await readFile(legacySource('ja-shift_jis.html'), 'utf8');
    const bytes = new Uint8Array(iconv.encode(source.replace('charset=Shift_JIS', 'charset=EUC-JP'), 'shift_jis'));
    expect(decodeHtml(bytes).charset).toBe('shift_jis');
    const batch = await parseFiles([{ name: 'mislabelled.html', bytes }]);
    expect(batch.articles[0]?.meta.title).toBe('図書館の静かな朝');
    expect(batch.articles[0]?.text).toContain('若い利用者が目に見えて増えたという。');
  });

  it('reads the curly quotes and dashes of a page declared iso-8859-1 as windows-1252 has them', async () => {
    const html = '<html><head><meta charset="iso-8859-1"><title>“Quoted” — café</title></head><body><p>It’s the reader’s café – open late.</p></body></html>';
    const batch = await parseFiles([{ name: 'western.html', bytes: new Uint8Array(iconv.encode(html, 'windows-1252')) }]);
    expect(batch.articles[0]?.meta.title).toBe('“Quoted” — café');
    expect(batch.articles[0]?.text).toBe('It’s the reader’s café – open late.');
  });

  it('keeps a page with one stray bad byte in its declared set, the byte shown as a browser shows it (�)', async () => {
    const good = await legacyBytes(legacyCase('ja-shift_jis.html'));
    const at = good.indexOf(0x82, 300);
    const damaged = Uint8Array.from(good, (byte, index) => (index === at ? 0xfd : byte));
    const batch = await parseFiles([{ name: 'damaged.html', bytes: damaged }]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles[0]?.meta.title).toBe('図書館の静かな朝');
    expect(batch.articles[0]?.text.match(/\uFFFD/g)).toHaveLength(1);
  });
});

describe('finding the declaration and the text of a page', () => {
  it('looks for <meta charset> only in the first 4 KB, as browsers do', async () => {
    const late = `<html><head><meta name="description" content="${'x'.repeat(4100)}"><meta charset="big5">`;
    expect(declaredCharset(new TextEncoder().encode(late))).toBeNull();
    expect(declaredCharset(new TextEncoder().encode(`<!-- <meta charset="gbk"> --><meta charset="euc-kr">`))).toBe('euc-kr');
  });

  it('detects the set of an undeclared page behind long scripts and styles, and of one full of unclosed tags, quickly', async () => {
    const body = await legacyBytes(legacyCase('zh-big5.html'), false);
    const noise = new TextEncoder().encode(`<script>${'var x = "<b>";'.repeat(5000)}</script><style>${'p{}'.repeat(5000)}</style>`);
    const hostile = new TextEncoder().encode('<p <script <!-- '.repeat(40_000));
    const started = performance.now();
    const batch = await parseFiles([
      { name: 'noisy.html', bytes: new Uint8Array([...noise, ...body]) },
      { name: 'hostile.html', bytes: new Uint8Array([...body, ...hostile]) },
    ]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['巷弄裡的舊書店', '巷弄裡的舊書店']);
    // A regular expression that went back over the rest of the page at every unclosed tag took 30 seconds here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('files whose character set cannot be found', () => {
  it('refuses a page that is not valid in the set it declares and fits no other, naming the set', async () => {
    const head = new TextEncoder().encode('<html><head><meta charset="Shift_JIS"><title>x</title></head><body><p>');
    const batch = await parseFiles([{ name: 'broken.html', bytes: new Uint8Array([...head, ...garbage(600)]) }]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures).toMatchObject([
      {
        path: 'broken.html',
        reason: 'The page says it is written in Shift_JIS, but its bytes are not valid Shift_JIS, and no other character set fits them. Save it again as UTF-8 and import it once more.',
      },
    ]);
  });

  it('refuses an undeclared page and a text file that no character set reads', async () => {
    const head = new TextEncoder().encode('<html><body><p>');
    const batch = await parseFiles([
      { name: 'page.html', bytes: new Uint8Array([...head, ...garbage(600)]) },
      { name: 'notes.md', bytes: garbage(600) },
    ]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures).toMatchObject([
      { path: 'notes.md', reason: 'The file is not UTF-8 text, and its character set could not be recognised. Save it again as UTF-8 and import it once more.', code: 'unknownCharset' },
      { path: 'page.html', reason: 'The page is not UTF-8, does not say which character set it uses, and its character set could not be recognised. Add <meta charset="…"> to it, or save it again as UTF-8.' },
    ]);
  });

  it('refuses a file whose byte-order mark promises UTF-8 that does not follow', async () => {
    const batch = await parseFiles([{ name: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...garbage(200)]) }]);
    expect(batch.failures[0]?.reason).toBe('The file begins with a UTF-8 byte-order mark, but its bytes are not valid UTF-8 text.');
  });
});
