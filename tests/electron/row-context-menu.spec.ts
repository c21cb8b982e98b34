/**
 * The library row's native menu in the real app (issue 14): a right-click on a row, sent as input through
 * `webContents.sendInputEvent`, makes main pop up its own Menu (Menu.prototype.popup is replaced for the test, so
 * no native menu blocks it); choosing Delete there deletes the row. Only the row's menu is shown, never the text
 * context menu as well. Runs wherever the Electron binary is installed; skipped here with one line.
 */
import type { ElectronApplication } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from '../e2e/support/reader';
import { electronOrSkip, launchElectron } from './support';

/** From now on every menu main pops up is recorded (not shown), with the callback that says it closed. */
async function recordMenus(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Menu }) => {
    const g = globalThis as unknown as { __menus: { menu: Electron.Menu; closed?: () => void }[] };
    g.__menus = [];
    Menu.prototype.popup = function popup(this: Electron.Menu, options?: Electron.PopupOptions) {
      g.__menus.push({ menu: this, ...(options?.callback ? { closed: options.callback } : {}) });
    };
  });
}

test('a right-click on a library row pops up main’s row menu, and Delete deletes the row', async () => {
  const electronPath = electronOrSkip('Row context menu test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    const list = page.locator('ul.article-list');
    const title = list.getByRole('button', { name: SAMPLE_TITLE });
    await expect(title).toBeVisible();
    await recordMenus(app);

    const box = await title.boundingBox();
    if (!box) throw new Error('the row has no box');
    await app.evaluate(({ BrowserWindow }, point) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      const at = { x: Math.round(point.x), y: Math.round(point.y), button: 'right' as const, clickCount: 1 };
      contents.sendInputEvent({ type: 'mouseDown', ...at });
      contents.sendInputEvent({ type: 'mouseUp', ...at });
    }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });

    const labels = () =>
      app.evaluate(() =>
        (globalThis as unknown as { __menus: { menu: Electron.Menu }[] }).__menus.map(({ menu }) => menu.items.map((item) => item.label)),
      );
    await expect.poll(labels).toEqual([['Open', 'Add to Collection…', 'Export…', 'Delete']]);

    await app.evaluate(() => {
      const [shown] = (globalThis as unknown as { __menus: { menu: Electron.Menu; closed?: () => void }[] }).__menus;
      shown!.menu.getMenuItemById('delete')!.click();
      shown!.closed?.();
    });
    await expect(list.getByRole('button', { name: SAMPLE_TITLE })).toHaveCount(0);
    await expect(page.getByRole('status', { name: 'Deleted article' })).toContainText(`Deleted “${SAMPLE_TITLE}”.`);
  } finally {
    await launched.close();
  }
});
