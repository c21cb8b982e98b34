/** A bundle opened with the app (double-click, "Open with Offprint", a second launch) is imported. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { generateBundle } from './support/import-job-library';

test('a .offprint file opened with the app is imported, reporting its broken articles', async ({ launch }) => {
  const dir = mkdtempSync(join(tmpdir(), 'offprint-open-with-'));
  try {
    const bundle = generateBundle(join(dir, 'Shared reading.offprint'), 30);
    const app = await launch();
    await app.emit('app:open-paths', [bundle.path]);
    const status = app.page.getByRole('status', { name: 'Import status' });
    await expect(status).toHaveText(new RegExp(`^Imported ${bundle.good} articles\\. ${bundle.failures.length} files could not be imported\\.`));
    await expect(app.page.getByText(`${5 + bundle.good} articles`)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
