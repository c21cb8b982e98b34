/** What a reader sees of the open article, measured in the page. */
import type { Locator, Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Contribution of Chinese Solution to Global Security Governance';

/** Opens an article from the library's list (found by its class: its name is in the interface's language). */
export async function openArticle(page: Page, title: string): Promise<void> {
  await page.locator('ul.article-list').getByRole('button', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

export function articleBody(page: Page): Locator {
  return page.getByTestId('article-body');
}

export interface TextLayout {
  fontSizePx: number;
  lines: number;
  transform: string;
  pageZoom: number;
}

/** The body's computed font size, and how many lines its paragraphs take (height ÷ line height, summed). */
export async function measureBody(page: Page): Promise<TextLayout> {
  return articleBody(page).evaluate((body) => {
    const paragraphs = [...body.querySelectorAll('p')];
    const lines = paragraphs.reduce((sum, p) => {
      const style = getComputedStyle(p);
      return sum + Math.round(p.getBoundingClientRect().height / parseFloat(style.lineHeight));
    }, 0);
    return {
      fontSizePx: parseFloat(getComputedStyle(paragraphs[0] ?? body).fontSize),
      lines,
      transform: getComputedStyle(body).transform,
      pageZoom: window.visualViewport?.scale ?? 1,
    };
  });
}

export function zoomLevel(page: Page): Locator {
  return page.getByRole('status', { name: 'Text size' });
}

/** Chooses an action of the reader bar's More menu (Export…, Delete article). */
export async function chooseFromMore(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Reader' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name }).click();
}
