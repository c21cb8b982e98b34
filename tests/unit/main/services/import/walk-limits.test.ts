/** A folder walk has limits: a whole disk is refused, and depth, files and folders are bounded, each said in the report. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, WALK_LIMITS } from '../../../../../src-main/services/import/collect-files';

let root = '';

async function put(relative: string): Promise<void> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `# ${relative}\n\nText.`);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'offprint-limits-'));
  for (let i = 0; i < 6; i += 1) await put(`wide/file-${i}.md`);
  await put('deep/a.md');
  await put('deep/1/b.md');
  await put('deep/1/2/c.md');
  await put('deep/1/2/3/too-deep.md');
  for (let i = 0; i < 5; i += 1) await put(`folders/f${i}/x.md`);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('folder walk limits', () => {
  it('refuses a whole disk without walking it', async () => {
    const started = Date.now();
    const { files, failures } = await collectFiles([path.parse(root).root]);
    expect(files).toEqual([]);
    expect(failures).toMatchObject([{ path: path.parse(root).root, reason: 'Offprint does not import a whole disk: choose the folder that holds your articles.' }]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not enter folders deeper than the limit, and names each one it left out', async () => {
    const { files, failures } = await collectFiles([path.join(root, 'deep')], { ...WALK_LIMITS, maxDepth: 2 });
    expect(files.map((f) => path.basename(f)).sort()).toEqual(['a.md', 'b.md', 'c.md']);
    expect(failures).toMatchObject([
      { path: path.join(root, 'deep/1/2/3'), reason: 'The folder is more than 2 levels deep inside the chosen folder: it was not imported.' },
    ]);
  });

  it('stops after the file limit, saying so once for the chosen folder', async () => {
    const { files, failures } = await collectFiles([path.join(root, 'wide')], { ...WALK_LIMITS, maxFiles: 4 });
    expect(files).toHaveLength(4);
    expect(failures).toMatchObject([
      {
        path: path.join(root, 'wide'),
        reason: 'The folder holds more than 4 files: the import stopped there, and the rest was not imported. Choose a smaller folder.',
      },
    ]);
  });

  it('stops after the folder limit', async () => {
    const { files, failures } = await collectFiles([path.join(root, 'folders')], { ...WALK_LIMITS, maxFolders: 3 });
    expect(files).toHaveLength(2);
    expect(failures).toMatchObject([
      {
        path: path.join(root, 'folders'),
        reason: 'The folder holds more than 3 folders: the import stopped there, and the rest was not imported. Choose a smaller folder.',
      },
    ]);
  });
});
