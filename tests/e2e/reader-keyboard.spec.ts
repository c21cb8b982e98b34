/**
 * The reader from the keyboard: J / K open the next / previous article in the library's order, N goes to the
 * notes, Page Down and Space scroll by a page, `?` lists the shortcuts; letters typed in a text box stay text;
 * the focused control always shows it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

const viewport = { width: 1000, height: 700 };
const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";

async function libraryTitles(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  return list.locator('button.article-title').allTextContents();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('J and K open the next and previous article in the library order, and stop at either end', async ({ launch }) => {
  const { page } = await launch({ viewport });
  const titles = await libraryTitles(page);
  await openArticle(page, titles[0]!);
  for (const title of titles.slice(1)) {
    await page.keyboard.press('j');
    await expect(heading(page, title)).toBeVisible();
  }
  await page.keyboard.press('j'); // the last one: nothing further
  await expect(heading(page, titles.at(-1)!)).toBeVisible();
  await page.keyboard.press('k');
  await expect(heading(page, titles.at(-2)!)).toBeVisible();
});

test('N goes to the New note box, where letters are typed, not run as shortcuts', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, LONG_TITLE);
  await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
  await page.keyboard.press('n');
  const box = page.getByRole('region', { name: 'Notes' }).getByRole('textbox', { name: 'New note' });
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  await page.keyboard.type('jk? n');
  await expect(box).toHaveValue('jk? n');
  await expect(heading(page, LONG_TITLE)).toHaveCount(1);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});

/**
 * Presses `key` and waits until the scroll it caused has come to rest: the window's `scrollend` (a smooth scroll
 * moves for a while; the reading position's "saved" stays from the step before, so it cannot say when this one
 * ended), then the reading position saved there.
 */
async function pressAndSettle(page: Page, key: string): Promise<number> {
  const reader = page.locator('main.reader');
  const before = await scrollY(page);
  await page.evaluate(() => {
    const marked = window as unknown as { offprintScrollEnded?: Promise<void> };
    marked.offprintScrollEnded = new Promise((resolve) => window.addEventListener('scrollend', () => resolve(), { once: true }));
  });
  await page.keyboard.press(key);
  await page.evaluate(() => (window as unknown as { offprintScrollEnded?: Promise<void> }).offprintScrollEnded);
  expect(await scrollY(page)).not.toBe(before);
  await expect(reader).toHaveAttribute('data-reading-position', 'saved');
  return scrollY(page);
}

test('Page Down, Space and their reverse scroll by a page', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, LONG_TITLE);
  await expect(page.locator('main.reader')).toHaveAttribute('data-reading-position', 'restored');
  expect(await scrollY(page)).toBe(0);
  const page1 = await pressAndSettle(page, 'PageDown');
  expect(page1).toBeGreaterThan(viewport.height / 2);
  const page2 = await pressAndSettle(page, 'Space');
  expect(page2 - page1).toBeGreaterThan(viewport.height / 2);
  expect(await pressAndSettle(page, 'Shift+Space')).toBe(page1);
  expect(await pressAndSettle(page, 'PageUp')).toBe(0);
});

test('? lists the keyboard shortcuts in a dialog; Escape closes it and stays in the article', async ({ launch }) => {
  const app = await launch({ viewport });
  const { page } = app;
  await openArticle(page, LONG_TITLE);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const action of ['Find in article', 'Next article (down the library list)', 'Write a note on the article', 'Zoom Out']) {
    await expect(dialog.getByRole('rowheader', { name: action, exact: true })).toBeVisible();
  }
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(heading(page, LONG_TITLE)).toBeVisible();

  // Help → Keyboard Shortcuts opens the same dialog, in the library too.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await app.emit('menu:command', 'keyboard-shortcuts');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('every control of the reader shows where the keyboard focus is', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, LONG_TITLE);
  await page.keyboard.press('Control+f');
  await page.getByRole('search', { name: 'Find in article' }).getByRole('textbox').fill('reading');
  const seen: string[] = [];
  // Every control from the find bar down to the end of the page (where focus leaves the document).
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const name = el.getAttribute('aria-label') || el.textContent?.slice(0, 40) || el.tagName;
      return { name, tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    if (focus.tag === 'BODY') break;
    seen.push(focus.name);
    expect(focus.outline, `focus ring on ${focus.name}`).not.toBe('none');
    expect(focus.width, `focus ring on ${focus.name}`).toBeGreaterThanOrEqual(2);
  }
  expect(seen).toEqual(expect.arrayContaining(['Previous match', 'Next match', 'Close find bar', 'New note']));
});
