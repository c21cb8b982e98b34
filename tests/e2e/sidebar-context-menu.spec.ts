/**
 * The context menu of the sidebar's tags and collections (issue 14): main's native menu (`app:popupSidebarMenu`),
 * answered by the harness as the person would choose. Rename… opens the Tags or Collections dialog editing that
 * entry (the rows and the sidebar follow the new name at once); Delete… asks there first, naming how many
 * articles it changes, and offers Undo; Merge into… has the tag chosen to merge, the other still to choose;
 * Shift+F10 and the context-menu key open it on the focused entry. The labels are main's
 * (tests/unit/main/…/sidebar-menu.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createFilledCollection } from './support/collections';
import { importFixture, writeFixture } from './support/library-fixture';

const COUNT = 6;
const TAG_MENU = ['Rename Tag…', 'Merge into Another Tag…', 'Delete Tag…'];
const COLLECTION_MENU = ['Rename Collection…', 'Delete Collection…'];
let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-sidebar-menu-'));
  // "essays" on articles 0, 2 and 4; "history" on 0 and 5.
  writeFixture(dir, COUNT);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Library navigation' });
const entry = (page: Page, name: string) => sidebar(page).getByRole('button', { name, exact: true });
/** A sidebar entry by its whole name, also while a modal dialog keeps the rest of the page inert. */
const named = (page: Page, kind: 'tag' | 'collection', name: string) => page.locator(`nav.sidebar [data-menu-kind="${kind}"][title="${name}"]`);
const row = (page: Page, title: string) => page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: title });

test('Rename… on a sidebar tag renames it: the rows and the sidebar show the new name at once', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);

  await app.chooseOnNextSidebarMenu('rename');
  await entry(page, 'essays 3').click({ button: 'right' });
  expect(await app.shownSidebarMenus()).toEqual([TAG_MENU]);
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  const name = dialog.getByRole('textbox', { name: 'New name for essays' });
  await expect(name).toBeFocused();
  await name.fill('long reads');
  await name.press('Enter');
  await expect(named(page, 'tag', 'long reads').locator('.sidebar-count')).toHaveText('3');
  await expect(named(page, 'tag', 'essays')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(entry(page, 'long reads 3')).toBeVisible();
  await expect(row(page, 'Fixture essay 002').locator('.article-tag')).toHaveText(['long reads']);
  await expect(page.locator('.article-tag', { hasText: 'essays' })).toHaveCount(0);
  // The renamed entry filters by the new name.
  await entry(page, 'long reads 3').click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(3);
});

test('Delete… on a sidebar collection asks first, naming its count; Undo puts it back on its articles', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);
  await createFilledCollection(page, 'Winter reading', ['Fixture essay 001', 'Fixture essay 003']);
  const dialog = page.getByRole('dialog', { name: 'Collections' });

  // Dismissed: nothing happens.
  await app.chooseOnNextSidebarMenu(null);
  await entry(page, 'Winter reading 2').click({ button: 'right' });
  await expect.poll(() => app.shownSidebarMenus()).toEqual([COLLECTION_MENU]);
  await expect(dialog).toHaveCount(0);

  await app.chooseOnNextSidebarMenu('delete');
  await entry(page, 'Winter reading 2').click({ button: 'right' });
  const question = dialog.getByRole('alert');
  await expect(question).toContainText('Delete the collection “Winter reading”? Its 2 articles stay in the library.');
  await expect(question.getByRole('button', { name: 'Delete collection' })).toBeFocused();
  // Still there until confirmed.
  await expect(named(page, 'collection', 'Winter reading')).toHaveCount(1);
  await question.getByRole('button', { name: 'Delete collection' }).click();
  await expect(named(page, 'collection', 'Winter reading')).toHaveCount(0);
  await expect(sidebar(page).getByText('No collections yet')).toBeVisible();
  const done = dialog.getByRole('status');
  await expect(done).toContainText('Deleted the collection “Winter reading” (2 articles).');

  await done.getByRole('button', { name: 'Undo' }).click();
  await expect(named(page, 'collection', 'Winter reading').locator('.sidebar-count')).toHaveText('2');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await entry(page, 'Winter reading 2').click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
  await expect(row(page, 'Fixture essay 001')).toHaveCount(1);
  await expect(row(page, 'Fixture essay 003')).toHaveCount(1);
});

test('Shift+F10 and the context-menu key open the menu on the focused sidebar entry', async ({ launch }) => {
  const app = await launch();
  const { page } = app;
  await importFixture(app, dir, COUNT);

  // Shift+F10 → Delete…: asked first with the count, confirmed from the keyboard, then undone.
  await app.chooseOnNextSidebarMenu('delete');
  await entry(page, 'history 2').focus();
  await page.keyboard.press('Shift+F10');
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  const question = dialog.getByRole('alert');
  await expect(question).toContainText('Remove the tag “history” from 2 articles? The articles stay.');
  await expect(question.getByRole('button', { name: 'Delete tag' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Removed the tag “history” from 2 articles.');
  await expect(named(page, 'tag', 'history')).toHaveCount(0);
  await dialog.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(named(page, 'tag', 'history').locator('.sidebar-count')).toHaveText('2');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // The context-menu key → Merge into…: the tag is chosen to merge, the focus on the other, still empty.
  await app.chooseOnNextSidebarMenu('merge');
  await entry(page, 'essays 3').focus();
  await page.keyboard.press('ContextMenu');
  await expect(dialog.getByRole('combobox', { name: 'Merge' })).toHaveText('essays');
  const into = dialog.getByRole('combobox', { name: 'into' });
  await expect(into).toBeFocused();
  await expect(into).toHaveText('Choose a tag…');
  await expect(dialog.getByRole('button', { name: 'Merge tags' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // One menu per key press, and none on an entry that is not a tag or a collection.
  expect(await app.shownSidebarMenus()).toEqual([TAG_MENU, TAG_MENU]);
  await entry(page, 'Unread 11').focus();
  await page.keyboard.press('Shift+F10');
  await page.keyboard.press('ContextMenu');
  await expect(entry(page, 'Unread 11')).toBeFocused();
  expect(await app.shownSidebarMenus()).toHaveLength(2);
});

test('main refuses a sidebar menu with an item or a kind the contract does not name', async ({ launch }) => {
  const { page } = await launch();
  const answers = await page.evaluate(() =>
    Promise.all([
      window.offprint.app.popupSidebarMenu({ kind: 'tag', items: ['rename', 'empty-trash'] } as never),
      window.offprint.app.popupSidebarMenu({ kind: 'article', items: ['delete'] } as never),
    ]),
  );
  expect(answers).toMatchObject([
    { ok: false, error: { code: 'invalid-argument' } },
    { ok: false, error: { code: 'invalid-argument' } },
  ]);
});
