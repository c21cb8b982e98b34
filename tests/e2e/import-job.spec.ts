/**
 * Importing thousands of articles as a job, through the UI, with real parsers in worker threads and the real
 * database: progress while it runs, the report of the seeded failures at the end, cancel leaving only whole
 * articles, and the longest task the renderer ran meanwhile (printed, not asserted: it depends on the machine).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateBundle, generateFolder, type GeneratedLibrary } from './support/import-job-library';

const SAMPLES = 5;
let root = '';
let folder: GeneratedLibrary;
let bundle: GeneratedLibrary;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-import-job-'));
  folder = generateFolder(join(root, 'articles'));
  bundle = generateBundle(join(root, 'Generated.offprint'));
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test.setTimeout(240_000);

interface Watch {
  progress: number[];
  longTasks: number[];
}

/** Records every value the import progress bar takes, and every long task, from now on. */
async function watch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __watch: Watch };
    w.__watch = { progress: [], longTasks: [] };
    const record = () => {
      const bar = document.querySelector('progress[aria-label="Import progress"]');
      const value = bar?.getAttribute('value');
      if (value == null) return;
      const seen = w.__watch.progress;
      if (seen[seen.length - 1] !== Number(value)) seen.push(Number(value));
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__watch.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

function watched(page: Page): Promise<Watch> {
  return page.evaluate(() => (window as unknown as { __watch: Watch }).__watch);
}

/** The ids of every article row and every body row in the library database. */
function storedIds(page: Page): Promise<{ articles: string[]; bodies: string[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('offprint');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = (store: string) =>
      new Promise<string[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAllKeys();
        request.onsuccess = () => resolve((request.result as string[]).sort());
        request.onerror = () => reject(request.error);
      });
    const result = { articles: await keys('articles'), bodies: await keys('bodies') };
    db.close();
    return result;
  });
}

const countText = (n: number) => `${new Intl.NumberFormat('en-GB').format(n)} articles`;

test('a folder of 1,000 articles imports with progress, and the report names every seeded failure', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await watch(page);
  await app.chooseOnNextImport([folder.path]);
  await app.emit('menu:command', 'import-folder');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(/^Imported 990 articles\. 10 files could not be imported\./, { timeout: 200_000 });
  await expect(page.locator('.library-header').getByText(/articles$/)).toHaveText(countText(SAMPLES + folder.good));

  const { progress, longTasks } = await watched(page);
  const during = progress.filter((value) => value > 0 && value < 1000);
  expect(during.length, `progress values seen: ${progress.join(', ')}`).toBeGreaterThan(1);
  expect(during).toEqual([...during].sort((a, b) => a - b));
  console.log(
    `[import-job] progress updates: ${progress.length}; long tasks: ${longTasks.length}, ` +
      `longest ${Math.round(Math.max(0, ...longTasks))} ms (${longTasks.map(Math.round).join(', ') || 'none'})`,
  );

  await status.getByRole('button', { name: 'View report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import report' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Files that could not be imported' });
  await expect(table.getByRole('columnheader')).toHaveText(['File', 'Reason']);
  await expect(table.locator('tbody tr')).toHaveCount(folder.failures.length);
  for (const name of folder.failures) {
    const row = table.locator('tbody tr').filter({ hasText: name });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/\w{4,}/);
  }
  await expect(table.locator('tbody tr').filter({ hasText: 'binary-0.txt' })).toContainText('binary');
  await expect(table.locator('tbody tr').filter({ hasText: 'scan-0.pdf' })).toContainText('scanned pages, no text to read');
  await expect(table.locator('tbody tr').filter({ hasText: 'empty-0.md' })).toContainText('empty');
});

test('cancelling a large import midway leaves only whole articles, as many as the status says', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await app.chooseOnNextImport([folder.path]);
  await app.emit('menu:command', 'import-folder');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', /^[1-9]\d*$/, { timeout: 60_000 });
  await status.getByRole('button', { name: 'Cancel import' }).click();
  await expect(status).toHaveText(/^Import cancelled: [\d,]+ articles? imported/);
  const imported = Number(/cancelled: ([\d,]+) article/.exec((await status.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
  expect(imported).toBeGreaterThan(0);
  expect(imported).toBeLessThan(folder.good);

  await expect(page.locator('.library-header').getByText(/articles$/)).toHaveText(countText(SAMPLES + imported));
  const { articles, bodies } = await storedIds(page);
  expect(articles).toHaveLength(SAMPLES + imported);
  expect(bodies).toEqual(articles);
});

test('an Offprint bundle of 1,000 articles imports with progress, and the report names every seeded failure', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await watch(page);
  await app.chooseOnNextImport([bundle.path]);
  await app.emit('menu:command', 'import');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status).toHaveText(/^Imported 990 articles\. 10 files could not be imported\./, { timeout: 200_000 });
  await expect(page.locator('.library-header').getByText(/articles$/)).toHaveText(countText(SAMPLES + bundle.good));
  const { progress, longTasks } = await watched(page);
  expect(progress.filter((value) => value > 0 && value < 1000).length).toBeGreaterThan(1);
  console.log(`[import-job] bundle: longest long task ${Math.round(Math.max(0, ...longTasks))} ms`);

  await status.getByRole('button', { name: 'View report' }).click();
  const table = page.getByRole('table', { name: 'Files that could not be imported' });
  await expect(table.locator('tbody tr')).toHaveCount(bundle.failures.length);
  for (const folderName of bundle.failures) {
    const row = table.locator('tbody tr').filter({ hasText: `Generated.offprint › ${folderName}` });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/\w{4,}/);
  }
  const { articles, bodies } = await storedIds(page);
  expect(bodies).toEqual(articles);
});
