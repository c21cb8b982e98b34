/**
 * Schema migrations in real IndexedDB (Chromium): a library written at each shipped schema version, by Dexie
 * declaring only that version, is upgraded by opening the app, and every article, body, note and highlight is
 * found again, unchanged. A library at an older version than the app's is backed up first, as it is (issue 12,
 * "always before a schema upgrade"): the Backups folder then holds one verified backup with its articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArchive } from '../../src-main/services/bundle';
import { expect, test } from './fixtures';
import { readLibraryRaw, withOriginPage, writeLibraryAt } from './support/origin-page';
import { sampleRecords, SHIPPED_SCHEMAS } from '../fixtures/schemas/shipped-schemas';

const byId = (rows: unknown[] | undefined) =>
  [...(rows ?? [])].sort((a, b) => {
    const key = (row: unknown) => String((row as { id?: string; articleId?: string }).id ?? (row as { articleId?: string }).articleId);
    return key(a).localeCompare(key(b));
  });

for (const version of Object.keys(SHIPPED_SCHEMAS).map(Number)) {
  test(`a library written by schema version ${version} opens with every record`, async ({ launch, profileDir }) => {
    const records = sampleRecords(version);
    await withOriginPage(profileDir, (page) => writeLibraryAt(page, version, { ...SHIPPED_SCHEMAS[version] }, records));

    const { page } = await launch();
    const list = page.getByRole('list', { name: 'Articles' });
    for (const article of records.articles) await expect(list.getByRole('button', { name: article.title })).toBeVisible();
    const { version: installed, rows } = await readLibraryRaw(page, ['articles', 'bodies', 'notes', 'highlights']);
    expect(installed).toBe(Object.keys(SHIPPED_SCHEMAS).length * 10);
    expect(byId(rows['articles'])).toEqual(byId(records.articles));
    expect(byId(rows['bodies'])).toEqual(byId(records.bodies));
    expect(byId(rows['notes'])).toEqual(byId(records.notes));
    expect(byId(rows['highlights'])).toEqual(byId(records.highlights));

    const folder = join(profileDir, 'Backups');
    const backups = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.offprint')) : [];
    if (version === Object.keys(SHIPPED_SCHEMAS).length) {
      expect(backups).toEqual([]);
      return;
    }
    expect(backups).toEqual([expect.stringMatching(/^Offprint \d{4}-\d{2}-\d{2} \d{6}Z 3 articles\.offprint$/)]);
    const contents = readArchive(new Uint8Array(readFileSync(join(folder, backups[0]!))), backups[0]!);
    expect(contents.failures).toEqual([]);
    const folders = contents.kind === 'bundle' ? contents.articles.map((unit) => unit.folder) : [];
    expect(folders).toEqual(records.articles.map((article) => `articles/${article.id}`));
  });
}
