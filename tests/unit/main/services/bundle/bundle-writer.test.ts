/**
 * BundleWriter: the bundle appears at its destination only when finished; aborting (or failing) leaves nothing
 * behind; images already compressed are stored as they are; a large library is streamed, not held in memory.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundleWriter, readArchive } from '../../../../../src-main/services/bundle';
import { readZipDirectory } from '../../../../../src-main/services/bundle/zip-directory';
import { exportedArticle } from './support/articles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-writer-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const info = { title: 'Library', creator: 'Offprint test' };

describe('BundleWriter', () => {
  it('writes to a temporary file beside the destination and renames it when finished', async () => {
    const target = join(dir, 'Library.offprint');
    const writer = await BundleWriter.create(target, info);
    await writer.addArticle(exportedArticle('a1'));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.Library\.offprint\.[0-9a-f]{8}\.partial$/)]);
    const finished = await writer.finish();
    expect(readdirSync(dir)).toEqual(['Library.offprint']);
    expect(finished.articleCount).toBe(1);
    const contents = readArchive(new Uint8Array(readFileSync(target)), 'Library.offprint');
    expect(contents.kind === 'bundle' && contents.manifest).toMatchObject({ format: 'offprint-bundle', version: 1, title: 'Library', creator: 'Offprint test', articleCount: 1 });
  });

  it('replaces an existing file only when finished', async () => {
    const target = join(dir, 'Library.offprint');
    writeFileSync(target, 'the old bundle');
    const writer = await BundleWriter.create(target, info);
    await writer.addArticle(exportedArticle('a1'));
    expect(readFileSync(target, 'utf8')).toBe('the old bundle');
    await writer.finish();
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('abort removes the partial file and leaves an existing file as it was', async () => {
    const target = join(dir, 'Library.offprint');
    writeFileSync(target, 'the old bundle');
    const writer = await BundleWriter.create(target, info);
    await writer.addArticle(exportedArticle('a1'));
    await writer.abort();
    await writer.abort();
    expect(readdirSync(dir)).toEqual(['Library.offprint']);
    expect(readFileSync(target, 'utf8')).toBe('the old bundle');
    await expect(writer.addArticle(exportedArticle('a2'))).rejects.toThrow('already closed');
  });

  it('refuses the same article twice', async () => {
    const writer = await BundleWriter.create(join(dir, 'x.offprint'), info);
    await writer.addArticle(exportedArticle('a1'));
    await expect(writer.addArticle(exportedArticle('a1'))).rejects.toThrow('already in the bundle');
    await writer.abort();
  });

  it('fails at once for a folder that does not exist', async () => {
    await expect(BundleWriter.create(join(dir, 'missing', 'x.offprint'), info)).rejects.toThrow(/ENOENT/);
  });

  it('stores PNG images as they are, and deflates text', async () => {
    const target = join(dir, 'x.offprint');
    const writer = await BundleWriter.create(target, info);
    await writer.addArticle(exportedArticle('a1'));
    await writer.finish();
    const methods = Object.fromEntries(readZipDirectory(new Uint8Array(readFileSync(target)), 100).map((e) => [e.rawName, e.method]));
    expect(methods).toEqual({
      'articles/a1/article.json': 8,
      'articles/a1/body.md': 8,
      'articles/a1/assets/square.png': 0,
      'articles/a1/annotations.json': 8,
      'manifest.json': 8,
    });
  });

  it('streams: writing 96 MB of images never holds more than about one article', async () => {
    const image = new Uint8Array(randomBytes(3 * 1024 * 1024));
    image.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const target = join(dir, 'big.offprint');
    const writer = await BundleWriter.create(target, info);
    let peak = 0;
    for (let i = 0; i < 32; i += 1) {
      const bytes = image.slice();
      bytes[100] = i;
      await writer.addArticle(exportedArticle(`a${i}`, { assets: [{ name: 'photo.png', mediaType: 'image/png', bytes }] }));
      peak = Math.max(peak, writer.pendingBytes);
    }
    const finished = await writer.finish();
    expect(finished.bytes).toBeGreaterThan(96 * 1024 * 1024);
    expect(peak).toBeLessThan(8 * 1024 * 1024);
  });
});
