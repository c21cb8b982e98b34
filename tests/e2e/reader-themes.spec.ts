/**
 * Text settings: themes colour the whole page and its text, the font, column width and justification change the
 * article, everything is reachable from the keyboard, and the choices survive a restart.
 * With OFFPRINT_SHOTS=/some/dir, screenshots of each theme and of 50 % / 200 % zoom are saved there to be looked at.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, articleBody, openArticle, zoomLevel } from './support/reader';
import { chooseOption } from './support/select';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";
const viewport = { width: 1000, height: 760 };

async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env['OFFPRINT_SHOTS'];
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** How far the page is wider than the window: text that runs off the side would make this positive. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function colours(page: Page): Promise<{ page: string; text: string }> {
  return page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    text: getComputedStyle(document.querySelector('[data-testid="article-body"] p')!).color,
  }));
}

/** Opens an article and waits until its text is shown. */
async function openShown(page: Page, title: string): Promise<void> {
  await openArticle(page, title);
  await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
}

function panel(page: Page) {
  return page.getByRole('dialog', { name: 'Text settings' });
}

async function choose(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Text settings' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await panel(page).getByRole('radio', { name, exact: true }).check();
}

test('Dark changes the colour of the page and of the text, and stays chosen after a restart', async ({ launch }) => {
  const first = await launch({ viewport });
  await openShown(first.page, LONG_TITLE);
  const light = await colours(first.page);
  await shot(first.page, 'theme-system-light');
  await choose(first.page, 'Dark');
  await expect.poll(() => colours(first.page)).not.toEqual(light);
  const dark = await colours(first.page);
  expect(dark.page).toBe('rgb(23, 23, 22)');
  expect(dark.text).toBe('rgb(231, 228, 221)');
  await first.page.keyboard.press('Escape');
  await shot(first.page, 'theme-dark');
  await first.close();

  const second = await launch({ viewport });
  await openShown(second.page, LONG_TITLE);
  expect(await colours(second.page)).toEqual(dark);
  await choose(second.page, 'Sepia');
  await expect.poll(async () => (await colours(second.page)).page).toBe('rgb(244, 236, 216)');
  await second.page.keyboard.press('Escape');
  await shot(second.page, 'theme-sepia');
  await choose(second.page, 'Light');
  await expect.poll(async () => (await colours(second.page)).page).toBe(light.page);
  await panel(second.page).getByRole('checkbox', { name: 'High contrast' }).check();
  await expect.poll(async () => (await colours(second.page)).text).toBe('rgb(0, 0, 0)');
  expect((await colours(second.page)).page).toBe('rgb(255, 255, 255)');
});

test('Follow system follows the system colour scheme', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openShown(page, SAMPLE_TITLE);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colours(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await colours(page)).page).toBe('rgb(23, 23, 22)');
  await choose(page, 'Light');
  await expect.poll(async () => (await colours(page)).page).toBe(light.page);
});

test('font, column width and justification change the article text', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openShown(page, SAMPLE_TITLE);
  const body = articleBody(page);
  const style = () =>
    body.evaluate((el) => {
      const p = getComputedStyle(el.querySelector('p')!);
      return { font: p.fontFamily, align: p.textAlign, width: el.getBoundingClientRect().width, lineHeight: p.lineHeight };
    });
  const before = await style();
  await choose(page, 'Monospace');
  await expect.poll(async () => (await style()).font).toContain('monospace');
  await chooseOption(panel(page).getByRole('combobox', { name: 'Column width' }), 'Narrow');
  await expect.poll(async () => (await style()).width).toBeLessThan(before.width);
  await chooseOption(panel(page).getByRole('combobox', { name: 'Line height' }), 'Loose');
  await expect.poll(async () => parseFloat((await style()).lineHeight)).toBeGreaterThan(parseFloat(before.lineHeight));
  await panel(page).getByRole('checkbox', { name: 'Justify text' }).check();
  await expect.poll(async () => (await style()).align).toBe('justify');
});

test('the panel works from the keyboard, and Escape closes it without leaving the article', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openShown(page, SAMPLE_TITLE);
  const button = page.getByRole('button', { name: 'Text settings' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('radio', { name: 'Follow system' })).toBeFocused();
  await shot(page, 'text-settings-open');
  await page.keyboard.press('ArrowDown'); // radios wrap: Follow system → Light
  await expect(panel(page).getByRole('radio', { name: 'Light', exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
});

// With OFFPRINT_SHOTS=/some/folder the steps also save screenshots there, to be looked at.
test('the long article at 50 % and 200 % zoom keeps its text inside the window', async ({ launch }) => {
  const app = await launch({ viewport });
  await openShown(app.page, LONG_TITLE);
  for (let i = 0; i < 5; i += 1) await app.emit('menu:command', 'zoom-out');
  await expect(zoomLevel(app.page)).toHaveText('50%');
  expect(await horizontalOverflow(app.page)).toBe(0);
  await shot(app.page, 'zoom-50');
  for (let i = 0; i < 15; i += 1) await app.emit('menu:command', 'zoom-in');
  await expect(zoomLevel(app.page)).toHaveText('200%');
  expect(await horizontalOverflow(app.page)).toBe(0);
  await shot(app.page, 'zoom-200');
});
