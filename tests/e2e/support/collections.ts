/** A collection made through the UI: created in the Collections… dialog, then filled with a selection's bulk action. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseOption } from './select';

export async function createFilledCollection(page: Page, name: string, titles: readonly string[]): Promise<void> {
  await page.getByRole('button', { name: 'Collections…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Collections' });
  await dialog.getByRole('textbox', { name: 'New collection name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create collection' }).click();
  await expect(dialog.getByRole('list', { name: 'Collections' }).getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  for (const title of titles) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
  const bulk = page.getByRole('group', { name: 'Selected articles' });
  await chooseOption(bulk.getByRole('combobox', { name: 'Collection' }), name);
  await bulk.getByRole('button', { name: 'Add to collection' }).click();
  await expect(bulk.getByRole('status')).toContainText(name);
  await page.getByRole('button', { name: 'Clear selection' }).click();
}
