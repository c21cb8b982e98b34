/**
 * The library row's native menu in the real app (issue 14): a right-click on a row, sent as input through
 * `webContents.sendInputEvent`, makes main pop up its own Menu (Menu.prototype.popup is replaced for the test, so
 * no native menu blocks it); choosing Delete there deletes the row. Only the row's menu is shown, never the text
 * context menu as well. Runs wherever the Electron binary is installed; skipped here with one line.
 */
import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from '../e2e/support/reader';
import { chooseInFirstMenu, recordedMenuLabels, recordMenus, rightClick } from './native-menus';
import { electronOrSkip, launchElectron } from './support';

test('a right-click on a library row pops up main’s row menu, and Delete deletes the row', async () => {
  const electronPath = electronOrSkip('Row context menu test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    const list = page.locator('ul.article-list');
    const title = list.getByRole('button', { name: SAMPLE_TITLE });
    await expect(title).toBeVisible();
    await recordMenus(app);
    await rightClick(app, title);
    await expect.poll(() => recordedMenuLabels(app)).toEqual([['Open', 'Mark as Read', 'Favourite', 'Archive', 'Add to Collection…', 'Export…', 'Delete']]);
    await chooseInFirstMenu(app, 'delete');
    await expect(list.getByRole('button', { name: SAMPLE_TITLE })).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Deleted article' })).toContainText(`Deleted “${SAMPLE_TITLE}”.`);
  } finally {
    await launched.close();
  }
});
