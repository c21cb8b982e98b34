/**
 * The native menu of a sidebar tag in the real app (issue 14): a right-click on the tag, sent as input through
 * `webContents.sendInputEvent`, makes main pop up its own Menu (Menu.prototype.popup is replaced for the test, so
 * no native menu blocks it) with Rename Tag…, Merge into Another Tag… and Delete Tag…; choosing Delete Tag… there
 * asks in the Tags dialog, naming the count, and the tag leaves the sidebar once confirmed. Only that menu is
 * shown, never the text context menu as well. Runs wherever the Electron binary is installed; skipped here with
 * one line.
 */
import { expect, test } from '@playwright/test';
import { chooseInFirstMenu, recordedMenuLabels, recordMenus, rightClick } from './native-menus';
import { electronOrSkip, launchElectron } from './support';

test('a right-click on a sidebar tag pops up main’s menu, and Delete Tag… asks, then removes the tag', async () => {
  const electronPath = electronOrSkip('Sidebar context menu test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    const sidebar = page.getByRole('navigation', { name: 'Library navigation' });
    // The sample library: "notes" on two articles.
    const tag = sidebar.getByRole('button', { name: 'notes 2', exact: true });
    await expect(tag).toBeVisible();
    await recordMenus(app);
    await rightClick(app, tag);
    await expect.poll(() => recordedMenuLabels(app)).toEqual([['Rename Tag…', 'Merge into Another Tag…', 'Delete Tag…']]);
    await chooseInFirstMenu(app, 'delete');
    const dialog = page.getByRole('dialog', { name: 'Tags' });
    const question = dialog.getByRole('alert');
    await expect(question).toContainText('Remove the tag “notes” from 2 articles? The articles stay.');
    await question.getByRole('button', { name: 'Delete tag' }).click();
    await expect(dialog.getByRole('status')).toContainText('Removed the tag “notes” from 2 articles.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(sidebar.getByRole('button', { name: 'notes 2', exact: true })).toHaveCount(0);
    expect(await recordedMenuLabels(app)).toHaveLength(1);
  } finally {
    await launched.close();
  }
});
