/**
 * The drop-downs (ui/Select, Radix) as a person uses them: a click on the button opens the list, a click on an
 * option chooses it and closes the list. (The caller checks what it shows: a language chosen renames the button.)
 */
import type { Locator } from '@playwright/test';
import { expect } from '../fixtures';

/** The open drop-down's list (there is one at a time; it is in a portal, not inside the button). */
export const openList = (combobox: Locator): Locator => combobox.page().getByRole('listbox');

export async function chooseOption(combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  const list = openList(combobox);
  await list.getByRole('option', { name: option, exact: true }).click();
  await expect(list).toHaveCount(0);
}
