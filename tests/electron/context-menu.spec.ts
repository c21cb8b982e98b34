/**
 * The native context menu in the real app (issue 11, defect 4): a right-click sent as input through
 * `webContents.sendInputEvent`, as a mouse would. The test records the menu main builds (Menu.prototype.popup is
 * replaced for the test, so no native menu blocks it) and chooses an item as a person would. Runs wherever the
 * Electron binary is installed; skipped here with one line.
 */
import type { ElectronApplication, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { paintedHighlights, phraseRects, selectPhrase } from '../e2e/support/highlights';
import { SAMPLE_TITLE, articleBody, openArticle } from '../e2e/support/reader';
import { electronOrSkip, launchElectron } from './support';

const PHRASE = 'one of the safest countries in the world';

interface ShownItem {
  id: string;
  label: string;
  enabled: boolean;
  type: string;
}

/** From now on, every context menu main pops up is recorded (and not shown). */
async function recordMenus(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ Menu }) => {
    const g = globalThis as unknown as { __menus: Electron.Menu[] };
    g.__menus = [];
    Menu.prototype.popup = function popup(this: Electron.Menu) {
      g.__menus.push(this);
    };
  });
}

async function shownMenus(app: ElectronApplication): Promise<ShownItem[][]> {
  return app.evaluate(() =>
    (globalThis as unknown as { __menus: Electron.Menu[] }).__menus.map((menu) =>
      menu.items.map((item) => ({ id: item.id, label: item.label, enabled: item.enabled, type: item.type })),
    ),
  );
}

/** A right-click at (x, y) of the page, as input the window receives. */
async function rightClick(app: ElectronApplication, x: number, y: number): Promise<void> {
  await app.evaluate(({ BrowserWindow }, point) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents;
    const at = { x: Math.round(point.x), y: Math.round(point.y), button: 'right' as const, clickCount: 1 };
    contents.sendInputEvent({ type: 'mouseDown', ...at });
    contents.sendInputEvent({ type: 'mouseUp', ...at });
  }, { x, y });
}

async function centreOf(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  const [box] = await phraseRects(page, phrase);
  if (!box) throw new Error(`"${phrase}" has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a right-click on selected article text shows the highlight menu, and Highlight Green highlights it', async () => {
  const electronPath = electronOrSkip('Context menu test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    await openArticle(page, SAMPLE_TITLE);
    await expect(articleBody(page)).toHaveAttribute('data-highlights', 'ready');
    await recordMenus(app);

    await selectPhrase(page, PHRASE);
    const point = await centreOf(page, PHRASE);
    await rightClick(app, point.x, point.y);
    await expect.poll(async () => (await shownMenus(app)).length).toBe(1);
    const [menu] = await shownMenus(app);
    expect(menu!.filter((item) => item.type !== 'separator').map((item) => item.label)).toEqual([
      'Highlight Yellow',
      'Highlight Green',
      'Highlight Blue',
      'Highlight Pink',
      'Highlight Purple',
      'Highlight with Note',
      'Copy',
      'Search the Library for “one of the safest countries…”',
    ]);

    await app.evaluate(() => {
      const [shown] = (globalThis as unknown as { __menus: Electron.Menu[] }).__menus;
      shown!.getMenuItemById('highlight:green')!.click();
    });
    await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', '1');
    expect(await paintedHighlights(page)).toEqual({ green: [PHRASE] });

    // A note box: editing items, each enabled as Chromium says, and never a highlight item.
    const box = page.getByRole('textbox', { name: 'New note' });
    await box.scrollIntoViewIfNeeded();
    await box.fill('A note');
    await box.selectText();
    const field = await box.boundingBox();
    if (!field) throw new Error('the note box has no box');
    await rightClick(app, field.x + 10, field.y + field.height / 2);
    await expect.poll(async () => (await shownMenus(app)).length).toBe(2);
    const edit = (await shownMenus(app))[1]!.filter((item) => item.type !== 'separator');
    expect(edit.map((item) => item.label)).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']));
    expect(edit.find((item) => item.label === 'Cut')?.enabled).toBe(true);
    expect(edit.some((item) => item.id.startsWith('highlight:'))).toBe(false);
  } finally {
    await launched.close();
  }
});
