import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';

const LINK_OUTSIDE_REASON = errors.linkOutside;
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture } from './import-test-helpers';

let root = '';

async function put(relative: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'offprint-walk-'));
  const png = await readFile(fixture('markdown', 'article', 'images', 'figure.png'));
  await put('library/z-last.md', '# Last\n\nThe last article.');
  await put('library/a-first.txt', 'First\n\nThe first article.');
  await put('library/deeper/still/m-middle.html', '<html><head><title>Middle</title></head><body><p>The middle article, two folders down.</p></body></html>');
  await put('library/.hidden-folder/secret.md', '# Hidden\n\nNever imported.');
  await put('library/.hidden-file.md', '# Hidden\n\nNever imported.');
  await put('library/Saved Page.html', '<html><head><title>Saved</title></head><body><p>A page saved with its folder. <img src="Saved%20Page_files/pic.png" alt="pic"></p></body></html>');
  await put('library/Saved Page_files/pic.png', png);
  await put('library/Saved Page_files/frame.html', '<html><body><p>An inner frame of the saved page.</p></body></html>');
  await put('library/images/loose.png', png);
  await put('library/Thumbs.db', 'clutter');
  await put('library/paper.pdf', '%PDF-1.4');
  await symlink(path.join(root, 'library'), path.join(root, 'library', 'deeper', 'loop'));
  await put('secret.png', png);
  await put('escape/article.md', '# Escape\n\n![through a link](link.png)\n\n![straight up](../secret.png)');
  await symlink(path.join(root, 'secret.png'), path.join(root, 'escape', 'link.png'));
  // A chosen folder whose links lead out of it (a file and a folder elsewhere) and one that stays inside.
  await put('home/diary.md', '# Diary\n\nPrivate, never chosen.');
  await put('home/bank/statement.html', '<html><head><title>Bank</title></head><body><p>Private.</p></body></html>');
  await put('chosen/own.md', '# Own\n\nChosen.');
  await put('chosen/sub/kept.md', '# Kept\n\nInside the chosen folder.');
  await symlink(path.join(root, 'home', 'diary.md'), path.join(root, 'chosen', 'innocent.md'));
  await symlink(path.join(root, 'home', 'bank'), path.join(root, 'chosen', 'papers'));
  await symlink(path.join(root, 'chosen', 'sub'), path.join(root, 'chosen', 'shortcut'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('importing a folder', () => {
  it('imports every article in it, recursively, sorted by path, skipping hidden files and folders', async () => {
    const batch = await parsePaths([path.join(root, 'library')]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['Saved', 'First', 'Middle', 'Last']);
  });

  it("skips a saved page's _files folder and loose images, but reads the page's images from it", async () => {
    const batch = await parsePaths([path.join(root, 'library')]);
    const saved = batch.articles.find((article) => article.meta.title === 'Saved');
    expect(saved?.assets.map((asset) => asset.name)).toEqual(['pic.png']);
    expect(batch.articles.some((article) => article.text.includes('inner frame'))).toBe(false);
  });

  it('reports files of other types by path, and ignores system clutter', async () => {
    const batch = await parsePaths([path.join(root, 'library')]);
    expect(batch.failures.map((failure) => path.relative(root, failure.path))).toEqual([path.join('library', 'paper.pdf')]);
  });

  it('does not follow a link back to a parent folder (no endless walk)', async () => {
    const batch = await parsePaths([path.join(root, 'library')]);
    expect(batch.articles).toHaveLength(4);
  });

  it('imports a file named twice (directly and through its folder) once', async () => {
    const batch = await parsePaths([path.join(root, 'library', 'a-first.txt'), path.join(root, 'library')]);
    expect(batch.articles).toHaveLength(4);
  });

  it("refuses images outside the article's folder, through '..' or through a symbolic link", async () => {
    const batch = await parsePaths([path.join(root, 'escape', 'article.md')]);
    expect(batch.articles[0]?.assets).toEqual([]);
    expect(batch.articles[0]?.body.content).toContain('![through a link](link.png)');
    expect(batch.articles[0]?.body.content).toContain('![straight up](../secret.png)');
  });
});

describe('symbolic links inside a chosen folder', () => {
  it('skips and reports links that lead out of the folder, and follows links that stay inside it', async () => {
    const batch = await parsePaths([path.join(root, 'chosen')]);
    expect(batch.articles.map((article) => article.meta.title).sort()).toEqual(['Kept', 'Own']);
    expect(batch.articles.some((article) => article.text.includes('Private'))).toBe(false);
    const reported = batch.failures.map((failure) => [path.relative(root, failure.path), failure.reason]);
    expect(reported).toEqual([
      [path.join('chosen', 'innocent.md'), LINK_OUTSIDE_REASON],
      [path.join('chosen', 'papers'), LINK_OUTSIDE_REASON],
    ]);
  });

  it('still imports a linked file the person chose themselves', async () => {
    const batch = await parsePaths([path.join(root, 'chosen', 'innocent.md')]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['Diary']);
  });
});
