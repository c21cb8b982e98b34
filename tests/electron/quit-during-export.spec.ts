/**
 * Quitting while a bundle is being written removes the partial file: main's before-quit waits for every open
 * export to be abandoned, so nothing half-written is left beside the destination.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronOrSkip, launchElectron } from './support';

test('quitting during an export leaves no partial bundle', async () => {
  const electronPath = electronOrSkip('Quit during export test');
  const dir = mkdtempSync(join(tmpdir(), 'offprint-quit-export-'));
  const destination = join(dir, 'Library.offprint');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    await app.evaluate(({ dialog }, chosen) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as never;
    }, destination);
    // Begin an export from the page as the Export command does, and stop before finish.
    const begun = await page.evaluate(() => window.offprint.export.begin({ title: 'Library', suggestedName: 'Library.offprint' }));
    expect(begun).toMatchObject({ ok: true, value: { path: destination } });
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await app.waitForEvent('close');
    expect(existsSync(destination)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  } finally {
    await launched.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
