import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFiles, parsePaths } from '../../../../../src-main/services/import/import-sources';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'offprint-failures-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function write(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return file;
}

describe('files that cannot be imported become failures with a plain reason', () => {
  it('refuses an unsupported type, naming the types Offprint does import', async () => {
    const file = await write('paper.docx', 'PK');
    const batch = await parsePaths([file]);
    expect(batch.articles).toEqual([]);
    expect(batch.failures).toEqual([
      { path: file, reason: 'Offprint cannot import “.docx” files. It imports saved pages (.txt), Markdown (.md, .markdown), web pages (.html, .htm, .mhtml, .mht, .webarchive), web archives (.warc, .warc.gz, .wacz), EPUB books (.epub) and PDFs with text (.pdf).', code: 'unsupportedExtension', params: { extension: '.docx' } },
    ]);
  });

  it('refuses a binary file with a text extension', async () => {
    const file = await write('image-really.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49]));
    const batch = await parsePaths([file]);
    expect(batch.failures[0]?.reason).toMatch(/binary or damaged/);
  });

  it('reads text that is not UTF-8 in the character set it is in, rather than refusing it', async () => {
    const file = await write('latin1.md', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    const batch = await parsePaths([file]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles[0]?.text).toBe('Café noir');
  });

  it('refuses empty files, and files with nothing but blank lines or page chrome', async () => {
    const empty = await write('empty.txt', '');
    const blank = await write('blank.md', '\n\n   \n');
    const chromeOnly = await write('chrome.txt', 'comments and feedback\n\nZoom In | Zoom Out\n\nRelated Articles\n');
    const batch = await parsePaths([empty, blank, chromeOnly]);
    expect(batch.articles).toEqual([]);
    const noText = 'The file has no readable text (only blank lines or page navigation).';
    expect(batch.failures).toEqual([
      { path: blank, reason: noText, code: 'noText' },
      { path: chromeOnly, reason: noText, code: 'noText' },
      { path: empty, reason: 'The file is empty.', code: 'empty' },
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = await write('big.txt', 'A title\n\n' + 'word '.repeat(400));
    const batch = await parsePaths([file], { maxFileBytes: 1024 });
    expect(batch.articles).toEqual([]);
    expect(batch.failures[0]?.reason).toBe('The file is too large to import (2 KB; the limit is 1 KB per file).');
    const dropped = await parseFiles([{ name: 'big.md', bytes: new Uint8Array(2048) }], { maxFileBytes: 1024 });
    expect(dropped.failures[0]?.reason).toMatch(/too large to import/);
  });

  it('the default limit is 50 MB', async () => {
    const batch = await parseFiles([{ name: 'huge.txt', bytes: new Uint8Array(50 * 1024 * 1024 + 1) }]);
    expect(batch.failures[0]?.reason).toBe('The file is too large to import (50 MB; the limit is 50 MB per file).');
  });

  it('reports a path that does not exist', async () => {
    const missing = path.join(folder, 'gone', 'article.md');
    expect((await parsePaths([missing])).failures).toMatchObject([
      { path: missing, reason: 'No file or folder exists at this path (it may have been moved or deleted).' },
    ]);
  });

  it('imports every supported extension, in any letter case', async () => {
    const batch = await parseFiles([
      { name: 'one.TXT', bytes: encode('One\n\nText.') },
      { name: 'two.markdown', bytes: encode('# Two\n\nText.') },
      { name: 'three.Md', bytes: encode('# Three\n\nText.') },
      { name: 'four.htm', bytes: encode('<title>Four</title><p>Text of the fourth page.</p>') },
      { name: 'five.HTML', bytes: encode('<title>Five</title><p>Text of the fifth page.</p>') },
    ]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['Five', 'Four', 'One', 'Three', 'Two']);
  });

  it('imports the good files of a batch and reports the bad ones, each by name, sorted', async () => {
    const batch = await parseFiles([
      { name: 'b-notes.md', bytes: encode('# Notes\n\nSome notes.') },
      { name: 'a-archive.zip', bytes: encode('PK') },
      { name: 'c-empty.html', bytes: new Uint8Array() },
      { name: 'a-page.txt', bytes: encode('A page\n\nIts text.') },
    ]);
    expect(batch.articles.map((article) => article.meta.originalName)).toEqual(['a-page.txt', 'b-notes.md']);
    expect(batch.failures.map((failure) => failure.path)).toEqual(['a-archive.zip', 'c-empty.html']);
  });
});
