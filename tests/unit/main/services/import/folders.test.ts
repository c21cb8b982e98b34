import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';

const LINK_OUTSIDE_REASON = errors.linkOutside;
import { parsePaths } from '../../../../../src-main/services/import/import-sources';
import { fixture } from './import-test-helpers';
import { legacyCase, writeLegacyFile } from './legacy-fixtures';

let root = '';
const at = (...parts: string[]): string => path.join(root, ...parts);

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(at(relative)), { recursive: true });
  await writeFile(at(relative), content);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'offprint-folders-'));
  // A librarian's tree: three levels, every format, several encodings.
  await put('shelf/a-notes.txt', 'Shelf notes\n\nWhat the shelf holds.');
  await put('shelf/2017/b-toml.md', await readFile(fixture('markdown', 'toml-front-matter.md')));
  await put('shelf/2017/c-page.html', '<html><head><title>Harbour page</title></head><body><p>A page about the harbour library and its readers.</p></body></html>');
  await writeLegacyFile(at('shelf', '2017', 'zh'), legacyCase('zh-gbk.html'), false);
  await writeLegacyFile(at('shelf', '2017', 'ja'), legacyCase('ja-shift_jis.txt'), false);
  await put('shelf/2018/deep/d-utf16.txt', iconv.encode('\uFEFFDeep notes\n\nFour folders down, in UTF-16.', 'utf-16le'));
  await put('shelf/.git/HEAD.md', '# Not an article');
  await put('shelf/.DS_Store', 'clutter');
  await put('shelf/2018/.draft.md', '# A hidden draft');
  await put('shelf/desktop.ini', 'clutter');
  // Links: two folders that point at each other, one that points at the root, one at itself, one at nothing.
  await put('loops/one/e-one.md', '# One\n\nThe first of two linked folders.');
  await put('loops/two/f-two.md', '# Two\n\nThe second of two linked folders.');
  await symlink(at('loops', 'two'), at('loops', 'one', 'to-two'));
  await symlink(at('loops', 'one'), at('loops', 'two', 'to-one'));
  await symlink(at('loops'), at('loops', 'two', 'to-root'));
  await symlink(at('loops', 'self'), at('loops', 'self'));
  await symlink(at('loops', 'gone.md'), at('loops', 'broken.md'));
  // A link to a folder elsewhere is followed, once.
  await put('elsewhere/g-elsewhere.md', '# Elsewhere\n\nAn article reached through a link.');
  await symlink(at('elsewhere'), at('loops', 'linked-folder'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('importing nested folders', () => {
  it('imports every format at every depth, each with its own title, sorted by path', async () => {
    const batch = await parsePaths([at('shelf')]);
    expect(batch.failures).toEqual([]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual([
      'Night Trains and Paper Books',
      'Harbour page',
      '駅前の小さな本屋',
      '城市书房的灯光',
      'Deep notes',
      'Shelf notes',
    ]);
  });

  it('ignores hidden files and folders and system clutter without reporting them', async () => {
    const batch = await parsePaths([at('shelf')]);
    const names = batch.articles.map((article) => article.meta.originalName);
    expect(names).not.toContain('HEAD.md');
    expect(names).not.toContain('.draft.md');
    expect(batch.failures).toEqual([]);
  });
});

describe('symbolic links in folders', () => {
  it('follows links inside the folder without walking forever, takes each article once, and not the folder a link leads out to', async () => {
    const batch = await parsePaths([at('loops')]);
    expect(batch.articles.map((article) => article.meta.title).sort()).toEqual(['One', 'Two']);
  });

  it('reports a link that points at itself, a link to a file that is gone, and a link out of the folder', async () => {
    const batch = await parsePaths([at('loops')]);
    expect(batch.failures).toMatchObject([
      { path: at('loops', 'broken.md'), reason: 'No file or folder exists at this path (it may have been moved or deleted).' },
      { path: at('loops', 'linked-folder'), reason: LINK_OUTSIDE_REASON },
      { path: at('loops', 'self'), reason: 'This path is a link that points back to itself.' },
    ]);
  });

  it('takes a folder named directly and reached again through a link once', async () => {
    const batch = await parsePaths([at('elsewhere'), at('loops')]);
    expect(batch.articles.filter((article) => article.meta.title === 'Elsewhere')).toHaveLength(1);
  });
});
