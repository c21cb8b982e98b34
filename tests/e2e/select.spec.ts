/**
 * The drop-downs (ui/Select, issue 14) by keyboard: Enter, Space and ArrowDown open the list on the chosen option,
 * the arrows move, typed letters jump (open or closed) and are not shortcuts, Enter chooses, Escape closes only
 * the list — in the library, in the Tags dialog and in the Text settings panel — and gives the focus back to the
 * drop-down. Open, the list passes axe in the light and dark themes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openList } from './support/select';
import { applyTheme, THEMES } from './support/themes';

const sortBy = (page: Page) => page.getByRole('group', { name: 'Sort' }).getByRole('combobox', { name: 'Sort by' });
const focusedOption = (page: Page) => page.getByRole('listbox').locator('[role="option"]:focus');

/** The list is open, its focused option named `name`. */
async function expectOpenOn(combobox: Locator, name: string): Promise<void> {
  await expect(openList(combobox)).toBeVisible();
  await expect(focusedOption(combobox.page())).toHaveText(name);
}

/** The list is closed, the focus back on the drop-down, which shows `value`. */
async function expectClosedOn(combobox: Locator, value: string): Promise<void> {
  await expect(openList(combobox)).toHaveCount(0);
  await expect(combobox).toBeFocused();
  await expect(combobox).toHaveText(value);
  await expect(combobox).toHaveAttribute('aria-expanded', 'false');
}

test('a drop-down opens, moves, jumps to typed letters, chooses and closes by keyboard', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  const sort = sortBy(page);
  const order = page.getByRole('group', { name: 'Sort' }).getByRole('combobox', { name: 'Order' });
  await sort.focus();

  // Enter opens on the chosen option; ArrowDown moves; Enter chooses, and the order follows the field.
  await page.keyboard.press('Enter');
  await expectOpenOn(sort, 'Date added');
  // Open, the rest of the window (the drop-down too) is hidden and inert: only the list is there.
  await expect(page.locator('.sort-control [role="combobox"][aria-expanded="true"]')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Articles' })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expectOpenOn(sort, 'Date published');
  await page.keyboard.press('Enter');
  await expectClosedOn(sort, 'Date published');
  await expect(order).toHaveText('Newest first');

  // Space opens; typed letters jump to the option they begin ("N" is not the Notes shortcut here); Escape closes
  // the list without choosing.
  await page.keyboard.press(' ');
  await expectOpenOn(sort, 'Date published');
  await page.keyboard.type('ti');
  await expectOpenOn(sort, 'Title');
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
  await expectClosedOn(sort, 'Date published');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();

  // ArrowDown opens too; and closed, a typed letter chooses at once, as a native drop-down does.
  await page.keyboard.press('ArrowDown');
  await expectOpenOn(sort, 'Date published');
  await page.keyboard.press('Escape');
  await expectClosedOn(sort, 'Date published');
  await page.keyboard.press('a');
  await expect(sort).toHaveText('Author');
  await expect(order).toHaveText('A to Z');
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
});

test('Escape in an open drop-down closes the list, not the dialog or the panel that holds it', async ({ launch }) => {
  const { page } = await launch();
  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  const merge = dialog.getByRole('combobox', { name: 'Merge' });
  await merge.focus();
  await page.keyboard.press('Enter');
  await expectOpenOn(merge, 'Choose a tag…');
  // The list is in the modal dialog (a list outside it could not be used).
  expect(await openList(merge).evaluate((list) => list.closest('dialog') !== null)).toBe(true);
  await page.keyboard.press('Escape');
  await expectClosedOn(merge, 'Choose a tag…');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Text settings' }).click();
  const panel = page.getByRole('dialog', { name: 'Text settings' });
  const width = panel.getByRole('combobox', { name: 'Column width' });
  await width.focus();
  await page.keyboard.press('Enter');
  await expectOpenOn(width, 'Medium');
  await page.keyboard.press('ArrowUp');
  await expectOpenOn(width, 'Narrow');
  await page.keyboard.press('Enter');
  await expectClosedOn(width, 'Narrow');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expectClosedOn(width, 'Narrow');
  await expect(panel).toBeVisible();
});

for (const theme of [THEMES[0], THEMES[1]]) {
  test(`an open drop-down passes axe in the ${theme.scheme} theme`, async ({ launch }) => {
    const { page } = await launch();
    await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
    await applyTheme(page, theme);
    await sortBy(page).click();
    await expect(openList(sortBy(page))).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(serious).toEqual([]);
  });
}
