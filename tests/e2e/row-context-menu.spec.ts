/**
 * The library row's context menu (issue 14): main's native menu (`app:popupRowMenu`), answered by the harness as
 * the person would choose. A right-click on a row offers Open, Mark as Read, Favourite, Archive, Add to
 * Collection…, Export… and Delete; Delete removes that row with Undo; on a row of a multi-selection it acts on the whole selection; Shift+F10 and the
 * context-menu key open it for the focused row. The labels are main's (tests/unit/main/…/row-menu.test.ts).
 */
import { expect, test } from './fixtures';
import { SAMPLE_TITLE } from './support/reader';

const MENU = ['Open', 'Mark as Read', 'Favourite', 'Archive', 'Add to Collection…', 'Export…', 'Delete'];

test('right-click a row, choose Delete: the row is gone, with Undo', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(5);

  await app.chooseOnNextRowMenu('delete');
  await list.getByRole('button', { name: SAMPLE_TITLE }).click({ button: 'right' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.getByRole('button', { name: SAMPLE_TITLE })).toHaveCount(0);
  expect(await app.shownRowMenus()).toEqual([MENU]);

  const notice = page.getByRole('status', { name: 'Deleted article' });
  await expect(notice).toContainText(`Deleted “${SAMPLE_TITLE}”.`);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(5);
});

test('on a row of a multi-selection the menu acts on the whole selection, and Open is offered for one row only', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  const checkboxes = list.getByRole('checkbox');
  await checkboxes.nth(0).check();
  await checkboxes.nth(1).check();

  await app.chooseOnNextRowMenu('delete');
  await list.getByRole('listitem').nth(1).getByRole('button').click({ button: 'right' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('status', { name: 'Deleted articles' })).toContainText('Deleted 2 articles.');
  expect(await app.shownRowMenus()).toEqual([MENU.slice(1)]);
});

test('Shift+F10 and the context-menu key open the menu for the focused row; dismissing it changes nothing', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  const list = page.getByRole('list', { name: 'Articles' });
  const title = list.getByRole('button', { name: SAMPLE_TITLE });
  await title.focus();

  await page.keyboard.press('Shift+F10');
  await expect.poll(() => app.shownRowMenus()).toEqual([MENU]);
  await expect(list.getByRole('listitem')).toHaveCount(5);

  await app.chooseOnNextRowMenu('open');
  await page.keyboard.press('ContextMenu');
  await expect.poll(() => app.shownRowMenus()).toHaveLength(2);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  // One menu per key press: the keys do not also open one through the browser's own contextmenu event.
  expect(await app.shownRowMenus()).toHaveLength(2);
});

test('main refuses a row menu with an item the contract does not name', async ({ launch }) => {
  const { page } = await launch();
  const answer = await page.evaluate(() => window.offprint.app.popupRowMenu({ items: ['open', 'format-disk'], rowCount: 1 } as never));
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});
