/**
 * The native context menu's renderer side (issue 11, defect 4). The harness cannot show a native menu, so it sends
 * what main sends when an item is chosen (`context-menu:command`), after a real right-click on the selection: the
 * highlight appears on exactly the selected words, Highlight with Note opens its note, and Search the Library fills
 * the library's search box. The menu itself is built in main (tests/unit/main, tests/electron/context-menu.spec.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { paintedHighlights, panel, phraseRects, selectPhrase } from './support/highlights';
import { SAMPLE_TITLE, articleBody, openArticle } from './support/reader';

const viewport = { width: 1280, height: 860 };
const FIRST = 'one of the safest countries in the world';
const SECOND = 'international law enforcement cooperation';

/** Selects `phrase` and right-clicks in its middle, as a reader opening the context menu on it would. */
async function rightClickPhrase(page: Page, phrase: string): Promise<void> {
  await articleBody(page).getByText(phrase, { exact: false }).first().scrollIntoViewIfNeeded();
  await selectPhrase(page, phrase);
  const [box] = await phraseRects(page, phrase);
  if (!box) throw new Error(`"${phrase}" has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  // The right-click leaves the selection as it was: the menu's command acts on it.
  expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(phrase);
}

test('Highlight in a colour and Highlight with Note from the context menu act on the selected words', async ({ launch }) => {
  const { page, emit } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await expect(articleBody(page)).toHaveAttribute('data-highlights', 'ready');

  await rightClickPhrase(page, FIRST);
  await emit('context-menu:command', { kind: 'highlight', color: 'green' });
  await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', '1');
  expect(await paintedHighlights(page)).toEqual({ green: [FIRST] });

  await rightClickPhrase(page, SECOND);
  await emit('context-menu:command', { kind: 'highlight-with-note' });
  await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', '2');
  // In the last colour used, with its note open in the panel.
  expect(await paintedHighlights(page)).toEqual({ green: [FIRST, SECOND] });
  await expect(panel(page).getByRole('textbox', { name: 'Highlight note' })).toBeVisible();

  // With no selection, a stray command does nothing.
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await emit('context-menu:command', { kind: 'highlight', color: 'blue' });
  await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', '2');
});

test('Search the Library from the context menu fills the search box and shows the results', async ({ launch }) => {
  const { page, emit } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await rightClickPhrase(page, 'safest countries');
  await emit('context-menu:command', { kind: 'search-library', text: 'safest countries' });
  await expect(page.getByRole('searchbox', { name: 'Search library' })).toHaveValue('safest countries');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: SAMPLE_TITLE })).toBeVisible();
});

test('main refuses a malformed context-menu report from the page', async ({ launch }) => {
  const { page } = await launch({ viewport });
  const answers = await page.evaluate(async () => [
    await window.offprint.app.reportContextMenu({ x: 1, y: 2, articleSelection: true }),
    await window.offprint.app.reportContextMenu({ x: 'far', y: 2, articleSelection: true } as never),
  ]);
  expect(answers[0]).toEqual({ ok: true, value: null });
  expect(answers[1]).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
});
