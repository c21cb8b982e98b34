/** Selecting text in the article and reading back what the app painted as highlights, measured in the page. */
import type { Locator, Page } from '@playwright/test';

/** Selects the first occurrence of `phrase` in the article body (within one text node), as a reader's drag would. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await page.getByTestId('article-body').evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, phrase);
}

/** The text of every range painted in each highlight colour, in document order. */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (!name.startsWith('offprint-hl-') || name === 'offprint-hl-current') continue;
      painted[name.slice('offprint-hl-'.length)] = [...highlight].map((range) => range.toString());
    }
    return painted;
  });
}

/** The line boxes of the first occurrence of `phrase` in the article body (within one text node), as laid out now. */
export async function phraseRects(page: Page, phrase: string): Promise<DOMRect[]> {
  return page.getByTestId('article-body').evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].map((r) => r.toJSON() as DOMRect);
    }
    throw new Error(`"${wanted}" is not in the article`);
  }, phrase);
}

/** Where the painted range covering `phrase` is, and where the phrase's own text is laid out now. */
export async function highlightBoxes(page: Page, phrase: string): Promise<{ painted: DOMRect[]; text: DOMRect[] }> {
  const painted = await page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const ranges = [...registry.entries()].filter(([name]) => name !== 'offprint-hl-current').flatMap(([, h]) => [...h]);
    const range = ranges.find((r) => r.toString() === wanted);
    if (!range) throw new Error(`no highlight over "${wanted}"`);
    return [...range.getClientRects()].map((r) => r.toJSON() as DOMRect);
  }, phrase);
  return { painted, text: await phraseRects(page, phrase) };
}

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Highlights and notes' });
}

export function selectionToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Selected text' });
}
