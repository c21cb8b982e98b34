/**
 * Native menus in the real app, for the tests in tests/electron/: every menu main pops up is recorded instead of
 * shown (Menu.prototype.popup replaced, so no native menu blocks the test), a right-click is sent as the person's
 * input (`webContents.sendInputEvent`), and an item of a recorded menu is chosen as the person would.
 */
import type { ElectronApplication, Locator } from '@playwright/test';

type Recorded = { __menus: { menu: Electron.Menu; closed?: () => void }[] };

/** From now on every menu main pops up is recorded (not shown), with the callback that says it closed. */
export async function recordMenus(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Menu }) => {
    const g = globalThis as unknown as Recorded;
    g.__menus = [];
    Menu.prototype.popup = function popup(this: Electron.Menu, options?: Electron.PopupOptions) {
      g.__menus.push({ menu: this, ...(options?.callback ? { closed: options.callback } : {}) });
    };
  });
}

/** A right-click in the middle of the element, sent to the window as input. */
export async function rightClick(app: ElectronApplication, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box');
  await app.evaluate(({ BrowserWindow }, point) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const at = { x: Math.round(point.x), y: Math.round(point.y), button: 'right' as const, clickCount: 1 };
    contents.sendInputEvent({ type: 'mouseDown', ...at });
    contents.sendInputEvent({ type: 'mouseUp', ...at });
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/** The labels of every menu recorded so far. */
export function recordedMenuLabels(app: ElectronApplication): Promise<string[][]> {
  return app.evaluate(() => (globalThis as unknown as Recorded).__menus.map(({ menu }) => menu.items.map((item) => item.label)));
}

/** Chooses the item of the first recorded menu, which then closes. */
export async function chooseInFirstMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate((_electron, item) => {
    const [shown] = (globalThis as unknown as Recorded).__menus;
    shown!.menu.getMenuItemById(item)!.click();
    shown!.closed?.();
  }, id);
}
