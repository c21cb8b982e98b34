/**
 * The import panel docks at the bottom of the window and the page leaves it its space: while an import runs, and
 * folded to its progress ring, the last row of the library (scrolled to the end, or reached with End) is never
 * under it. Folding and unfolding work from the keyboard; the ring says how far the import has gone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { generateFolder, type GeneratedLibrary } from './support/import-job-library';

let root = '';
let folder: GeneratedLibrary;
test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-import-dock-'));
  // Large enough that the import is still running through every step below, up to Cancel, on a fast machine too
  // (1,000 articles can be stored before the panel is folded and unfolded).
  folder = generateFolder(join(root, 'articles'), 8000);
});
test.afterAll(() => rmSync(root, { recursive: true, force: true }));
test.setTimeout(240_000);

/** 'clear' when the given row (the last one by default) is drawn and does not meet the docked panel. */
async function rowClearOfPanel(page: Page, which: 'last' | 'focused'): Promise<string> {
  return page.evaluate(async (which) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (which === 'last') {
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await frame();
    }
    const list = document.querySelector<HTMLElement>('ul.article-list');
    const rows = Number(list?.dataset['rows']);
    const row =
      which === 'last' ? list?.querySelector(`[data-index="${rows - 1}"]`) : document.activeElement?.closest('.article-item');
    if (!row) return `the ${which} row is not drawn`;
    const panel = document.querySelector('.import-status-area')!.getBoundingClientRect();
    if (panel.height === 0) return 'no panel';
    const r = row.getBoundingClientRect();
    const meets = r.bottom > panel.top && r.top < panel.bottom && r.right > panel.left && r.left < panel.right;
    return meets ? `row ${r.top}–${r.bottom} meets the panel ${panel.top}–${panel.bottom}` : 'clear';
  }, which);
}

test('the import panel never covers the last row, docked or folded to a ring, and folds from the keyboard', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1280, height: 700 } });
  const { page } = app;
  await app.chooseOnNextImport([folder.path]);
  await app.emit('menu:command', 'import-folder');
  const status = page.getByRole('status', { name: 'Import status' });
  await expect(status.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('value', /^[1-9]\d*$/, { timeout: 60_000 });
  await expect.poll(() => page.locator('ul.article-list').getAttribute('data-rows').then(Number), { timeout: 60_000 }).toBeGreaterThan(20);

  await expect.poll(() => rowClearOfPanel(page, 'last')).toBe('clear');
  await page.screenshot({ path: '/tmp/notesview-import-docked.png' });

  // Minimise (Enter) folds it to a ring whose value and tooltip say how far the import is.
  await status.getByRole('button', { name: 'Minimise the import panel' }).focus();
  await page.keyboard.press('Enter');
  const ring = status.getByRole('progressbar', { name: 'Import progress' });
  await expect(ring).toHaveAttribute('aria-valuenow', /^\d+$/);
  await expect(ring).toHaveAttribute('aria-valuemax', /^[1-9]\d*$/);
  await expect(ring).toHaveAttribute('title', /^Importing… [\d,]+ of [\d,]+$/);
  await expect(status.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
  const unfold = status.getByRole('button', { name: 'Show the import panel' });
  await expect(unfold).toBeFocused();
  await expect.poll(() => rowClearOfPanel(page, 'last')).toBe('clear');
  await page.screenshot({ path: '/tmp/notesview-import-ring.png' });

  // Unfolded again (Enter), the panel is back with Cancel; End in the list keeps the last row above it.
  await page.keyboard.press('Enter');
  await expect(status.getByRole('button', { name: 'Minimise the import panel' })).toBeFocused();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.getByRole('list', { name: 'Articles' }).locator('.article-title').first().focus();
  await page.keyboard.press('End');
  await expect.poll(() => rowClearOfPanel(page, 'focused')).toBe('clear');

  await status.getByRole('button', { name: 'Cancel import' }).click();
  await expect(status).toHaveText(/^Import cancelled: [\d,]+ articles? imported/, { timeout: 60_000 });
  await expect.poll(() => rowClearOfPanel(page, 'last')).toBe('clear');
  await status.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
});
