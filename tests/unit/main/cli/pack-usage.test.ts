/**
 * `offprint-bundle pack`: a bundle from a folder, with CSV or JSON metadata overrides, that imports back with them;
 * bad metadata stops it before anything is written. Usage errors exit with 2 and a usage line. The built tool
 * (out/main/offprint-bundle.js, when built) runs in plain Node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesFolder, cli, scratch, write } from './cli-helpers';

let root: string;
beforeEach(() => {
  root = scratch();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function inspectJson(path: string): Promise<Record<string, unknown>[]> {
  const run = await cli(root, 'inspect', path, '--json');
  return JSON.parse(run.stdout) as Record<string, unknown>[];
}

describe('pack', () => {
  it('packs a folder with CSV metadata into a new folder; the bundle imports back with the overrides', async () => {
    rmSync(join(articlesFolder(root), 'report.docx'));
    write(root, 'meta.csv', 'file,title,author,published,tags,language,url\nrivers.md,Northern Rivers,"Reader, Ada",28 Sep 2017,water; maps ;north,,\nweb/bridges.html,,,2020-01-05,,en-GB,https://example.org/bridges\n');
    const run = await cli(root, 'pack', 'articles', '-o', 'out/Articles.offprint', '--metadata', 'meta.csv', '--title', 'Field library', '--creator', 'The archive');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Packed 3 articles into out\/Articles\.offprint \(\d+ KB\)\.\n$/);
    expect(readdirSync(join(root, 'out'))).toEqual(['Articles.offprint']);

    const items = await inspectJson('out/Articles.offprint');
    expect(items.map((i) => i['kind'])).toEqual(['article', 'article', 'article']);
    const byTitle = Object.fromEntries(items.map((i) => [i['title'], i]));
    expect(byTitle['Northern Rivers']).toMatchObject({ author: 'Reader, Ada', publishedAt: '2017-09-28', tags: ['water', 'maps', 'north'], language: 'en', notes: 0 });
    expect(byTitle['Northern Rivers']?.['assets']).toHaveLength(1);
    expect(byTitle['Bridges']).toMatchObject({ publishedAt: '2020-01-05', language: 'en-GB', url: 'https://example.org/bridges', author: 'Ben Builder' });
    expect(byTitle['全球安全治理的中国方案']).toMatchObject({ language: 'zh' });
    expect(await cli(root, 'validate', 'out/Articles.offprint')).toMatchObject({ code: 0, stdout: 'OK: 3 articles, 1 bundle of format version 1, no problems.\n' });
  });

  it('reports the files it could not pack (exit 1) and packs the rest', async () => {
    articlesFolder(root);
    write(root, 'articles/copy-of-rivers.txt', 'The rivers of the north run cold and clear.');
    write(root, 'articles/copy/rivers.md', '---\ntitle: Rivers of the North\n---\n\nThe rivers of the north run cold and clear.\n\n![A square](images/square.png)\n');
    const run = await cli(root, 'pack', 'articles', '-o', 'A.offprint');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Packed 4 articles into A\.offprint/);
    expect(run.stderr).toContain('Not packed (2):\n');
    expect(run.stderr).toContain('articles/report.docx: Offprint cannot import “.docx” files.');
    expect(run.stderr).toMatch(/articles\/rivers\.md: it has the same text as .*articles\/copy\/rivers\.md, which is packed once/);
  });

  it('takes JSON metadata too', async () => {
    articlesFolder(root);
    write(root, 'meta.json', JSON.stringify([{ file: 'security.txt', title: '中国方案', tags: ['安全', '治理'], source: '人民日报' }]));
    expect((await cli(root, 'pack', 'articles', '-o', 'a.offprint', '--metadata', 'meta.json')).code).toBe(1);
    const items = await inspectJson('a.offprint');
    expect(items.find((i) => i['title'] === '中国方案')).toMatchObject({ tags: ['安全', '治理'], source: '人民日报' });
  });

  it('stops before writing anything when the metadata is wrong, naming each line and why', async () => {
    articlesFolder(root);
    write(root, 'meta.csv', 'file,title,published,language,url\nrivers.md,R,32/13/2017,,\nmissing.md,M,,,\nweb/bridges.html,B,,not a language!,ftp://x\n');
    const run = await cli(root, 'pack', 'articles', '-o', 'a.offprint', '--metadata', 'meta.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        'meta.csv line 2: published “32/13/2017” is not a date (write it as 2017-09-28)',
        'meta.csv line 4: url “ftp://x” is not an http(s) address',
        'meta.csv line 4: language “not a language!” is not a language tag (such as en, zh-CN)',
        'Nothing was written.',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'a.offprint'))).toBe(false);

    write(root, 'meta.csv', 'file,title\nmissing.md,M\n');
    const unmatched = await cli(root, 'pack', 'articles', '-o', 'a.offprint', '--metadata', 'meta.csv');
    expect(unmatched).toMatchObject({ code: 1, stderr: 'meta.csv line 2: no article file “missing.md” in the folder (or more than one with that name)\nNothing was written.\n' });
    write(root, 'meta.csv', 'file,headline\nrivers.md,R\n');
    expect((await cli(root, 'pack', 'articles', '-o', 'a.offprint', '--metadata', 'meta.csv')).stderr).toMatch(/^meta\.csv: unknown column “headline”/);
    write(root, 'meta.json', '{"rivers.md": {}}');
    expect((await cli(root, 'pack', 'articles', '-o', 'a.offprint', '--metadata', 'meta.json')).stderr).toMatch(/^meta\.json: must hold a JSON array/);
    expect(existsSync(join(root, 'a.offprint'))).toBe(false);
  });

  it('needs a folder', async () => {
    expect(await cli(root, 'pack', 'nowhere', '-o', 'a.offprint')).toMatchObject({ code: 1, stderr: expect.stringMatching(/^nowhere: no such folder/) });
  });
});

describe('usage', () => {
  it.each([
    [[], /^offprint-bundle: inspect, validate/],
    [['frobnicate', 'x'], /^offprint-bundle: unknown command “frobnicate”\.\nusage: offprint-bundle inspect/],
    [['inspect'], /needs exactly one path \(got 0\)/],
    [['inspect', 'a', 'b'], /needs exactly one path \(got 2\)/],
    [['inspect', 'a', '--colour'], /Unknown option '--colour'/],
    [['validate', 'a', '--json'], /validate does not take --json/],
    [['pack', 'folder'], /pack needs -o <file\.offprint>/],
    [['pack', 'folder', '-o'], /Option '-o, --output <value>' argument missing/],
  ])('%j exits with 2 and says why', async (argv, message) => {
    const run = await cli(root, ...argv);
    expect(run.code).toBe(2);
    expect(`${run.stderr}${run.stdout}`).toMatch(message);
  });

  it('--help prints the help and exits with 0', async () => {
    const run = await cli(root, '--help');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('pack <folder> -o <file>');
  });
});

// npm test builds before the unit tests, so this runs there; a bare `vitest run` without a build skips it.
const BUILT = join(process.cwd(), 'out/main/offprint-bundle.js');
describe.skipIf(!existsSync(BUILT))('the built tool (out/main/offprint-bundle.js)', () => {
  it('runs in plain Node: --help, and inspect --json of a folder', () => {
    expect(execFileSync(process.execPath, [BUILT, '--help'], { encoding: 'utf8' })).toContain('usage: offprint-bundle');
    articlesFolder(root);
    const items = JSON.parse(execFileSync(process.execPath, [BUILT, 'inspect', 'articles', '--json'], { cwd: root, encoding: 'utf8' })) as unknown[];
    expect(items).toHaveLength(4);
    expect(spawnSync(process.execPath, [BUILT, 'validate', 'articles'], { cwd: root }).status).toBe(1);
  });
});
