import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';

/**
 * Tests run as root here, and root reads every file whatever its permissions: the file system answers "permission
 * denied" for the paths named `locked…` and `private` instead, exactly as it does for a file the user cannot read.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const denied = (target: unknown): boolean => /[/\\](locked[^/\\]*|private)$/.test(String(target));
  const deny = (target: unknown): Error => Object.assign(new Error(`EACCES: permission denied, open '${String(target)}'`), { code: 'EACCES' });
  return {
    ...actual,
    readFile: (async (target: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
      if (denied(target)) throw deny(target);
      return (actual.readFile as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
    }) as typeof actual.readFile,
    readdir: (async (target: Parameters<typeof actual.readdir>[0], ...rest: unknown[]) => {
      if (denied(target)) throw deny(target);
      return (actual.readdir as (...args: unknown[]) => Promise<unknown>)(target, ...rest);
    }) as typeof actual.readdir,
  };
});

const root = mkdtempSync(path.join(tmpdir(), 'offprint-unreadable-'));
mkdirSync(path.join(root, 'shelf', 'private'), { recursive: true });
writeFileSync(path.join(root, 'shelf', 'readable.md'), '# Readable\n\nAn article anyone may read.');
writeFileSync(path.join(root, 'shelf', 'locked.md'), '# Locked\n\nAn article nobody may read.');
writeFileSync(path.join(root, 'shelf', 'private', 'inside.md'), '# Inside\n\nBehind a folder nobody may open.');

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('files and folders Offprint may not read', () => {
  it('reports each by path with a reason, and imports the rest of the folder', async () => {
    const batch = await parsePaths([path.join(root, 'shelf')]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['Readable']);
    expect(batch.failures).toMatchObject([
      { path: path.join(root, 'shelf', 'locked.md'), reason: 'Offprint is not allowed to read this file. Check its permissions.' },
      { path: path.join(root, 'shelf', 'private'), reason: 'Offprint is not allowed to open this folder. Check its permissions.' },
    ]);
  });
});
