/**
 * Highlights through the UI: select text, Highlight from the toolbar (or H), colours, a note, edit, delete with
 * Undo; painted on exactly their words, after a zoom and after a restart; carried by a bundle into another profile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp } from './harness';
import { highlightBoxes, paintedHighlights, panel, phraseRects, selectPhrase, selectionToolbar } from './support/highlights';
import { SAMPLE_TITLE, articleBody, openArticle, chooseFromMore } from './support/reader';

const viewport = { width: 1280, height: 860 };
const FIRST = 'one of the safest countries in the world';
const SECOND = 'international law enforcement cooperation';

async function placed(page: Page, count: number, orphaned = 0): Promise<void> {
  const body = articleBody(page);
  await expect(body).toHaveAttribute('data-highlights', 'ready');
  await expect(body).toHaveAttribute('data-highlights-placed', String(count));
  await expect(body).toHaveAttribute('data-highlights-orphaned', String(orphaned));
}

test('highlight from the toolbar, in a colour, with a note; edit, recolour, delete and undo; all there after a restart', async ({ launch }) => {
  const first = await launch({ viewport });
  const { page } = first;
  await openArticle(page, SAMPLE_TITLE);
  await placed(page, 0);

  await selectPhrase(page, FIRST);
  await selectionToolbar(page).getByRole('button', { name: 'Highlight', exact: true }).click();
  await placed(page, 1);
  await expect(selectionToolbar(page)).toHaveCount(0);
  expect(await paintedHighlights(page)).toEqual({ yellow: [FIRST] });

  await selectPhrase(page, SECOND);
  await selectionToolbar(page).getByRole('button', { name: 'Highlight blue' }).click();
  await placed(page, 2);
  expect(await paintedHighlights(page)).toEqual({ yellow: [FIRST], blue: [SECOND] });

  // Highlight with note opens the panel at the new highlight's note.
  await selectPhrase(page, 'valuable power of China');
  await selectionToolbar(page).getByRole('button', { name: 'Highlight with note' }).click();
  const side = panel(page);
  await side.getByRole('textbox', { name: 'Highlight note' }).fill('Compare with the **2016** white paper.');
  await side.getByRole('button', { name: 'Save note' }).click();
  const cards = side.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  // Document order, not the order they were made in.
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText(FIRST);
  await expect(cards.nth(1)).toContainText(SECOND);
  await expect(cards.nth(2)).toContainText('valuable power of China');
  await expect(cards.nth(2).locator('strong', { hasText: '2016' })).toBeVisible();
  // The last colour used (blue) is the toolbar's Highlight colour now.
  expect((await paintedHighlights(page))['blue']).toEqual([SECOND, 'valuable power of China']);

  // The colour is a swatch that opens the five colours; a click on one chooses it and closes them.
  await cards.nth(0).getByRole('button', { name: 'Colour: yellow' }).click();
  await cards.nth(0).getByRole('radio', { name: 'green' }).click();
  await expect(cards.nth(0).getByRole('radio', { name: 'green' })).toHaveCount(0);
  await expect(cards.nth(0).getByRole('button', { name: 'Colour: green' })).toBeVisible();
  await expect.poll(() => paintedHighlights(page)).toEqual({ green: [FIRST], blue: [SECOND, 'valuable power of China'] });
  await cards.nth(2).getByRole('button', { name: 'Edit note' }).click();
  await side.getByRole('textbox', { name: 'Highlight note' }).fill('Checked against the 2016 paper.');
  await side.getByRole('button', { name: 'Save note' }).click();
  await expect(cards.nth(2)).toContainText('Checked against the 2016 paper.');

  await cards.nth(1).getByRole('button', { name: 'Delete highlight' }).click();
  await placed(page, 2);
  await side.getByRole('status', { name: 'Deleted highlight' }).getByRole('button', { name: 'Undo' }).click();
  await placed(page, 3);
  await expect(cards.nth(1)).toContainText(SECOND);
  await cards.nth(2).getByRole('button', { name: 'Delete highlight' }).click();
  await placed(page, 2);
  await first.close();

  const second = await launch({ viewport });
  await openArticle(second.page, SAMPLE_TITLE);
  await placed(second.page, 2);
  expect(await paintedHighlights(second.page)).toEqual({ green: [FIRST], blue: [SECOND] });
  await second.page.getByRole('button', { name: 'Highlights and notes' }).click();
  await expect(panel(second.page).getByRole('list', { name: 'Highlights' }).getByRole('listitem')).toHaveCount(2);

  // Left at the end of the article: opening it again would restore that place.
  await second.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await expect(second.page.locator('main.reader')).toHaveAttribute('data-reading-position', 'saved');
  expect((await highlightBoxes(second.page, SECOND)).painted[0]!.bottom).toBeLessThan(0);

  // The library-wide Notes view lists them too, in document order, with their colours.
  await second.page.getByRole('button', { name: 'Back to library' }).click();
  await second.page.getByRole('button', { name: 'Notes', exact: true }).click();
  const listed = second.page.getByRole('list', { name: `Notes and highlights on \u2068${SAMPLE_TITLE}\u2069` }).getByRole('listitem');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText(FIRST);
  await expect(listed.nth(0)).toHaveAttribute('data-color', 'green');
  await expect(listed.nth(1)).toContainText(SECOND);
  await expect(listed.nth(1)).toHaveAttribute('data-color', 'blue');

  // Choosing a highlight there opens the article at it (not at the saved place), selected in the panel; Back
  // returns to the Notes view.
  await listed.nth(1).getByRole('button', { name: SECOND }).click();
  const card = panel(second.page).getByRole('list', { name: 'Highlights' }).getByRole('listitem').filter({ hasText: SECOND });
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() => highlightBoxes(second.page, SECOND).then(({ painted }) => painted[0]!.top > 0 && painted[0]!.bottom < viewport.height))
    .toBe(true);
  await second.page.getByRole('button', { name: 'Back to library' }).click();
  await expect(second.page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
});

test('the H key highlights a selection made with the mouse; a click on a highlight opens it in the panel', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await placed(page, 0);
  const word = articleBody(page).getByText(/safest countries/).first();
  await word.scrollIntoViewIfNeeded();
  // Double-click selects one word, as in any editor.
  const box = (await phraseRects(page, 'safest'))[0]!;
  await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(selectionToolbar(page)).toBeVisible();
  await page.keyboard.press('h');
  await placed(page, 1);
  expect(await paintedHighlights(page)).toEqual({ yellow: ['safest'] });

  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const card = panel(page).getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toContainText('safest');
});

test('a highlight card is one line under its quote; its colour is chosen from the keyboard in a popover', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await selectPhrase(page, FIRST);
  await page.keyboard.press('h');
  await placed(page, 1);
  await page.getByRole('button', { name: 'Highlights and notes' }).click();
  const card = panel(page).getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  const swatch = card.getByRole('button', { name: 'Colour: yellow' });
  // The colour, the date with its time, Add a note and Delete share one line.
  await expect(card.locator('time')).toHaveText(/\d{4}.*\d{1,2}:\d{2}/);
  const line = await Promise.all(
    [swatch, card.locator('time'), card.getByRole('button', { name: 'Add a note' }), card.getByRole('button', { name: 'Delete highlight' })].map(
      async (part) => {
        const box = (await part.boundingBox())!;
        return Math.round(box.y + box.height / 2);
      },
    ),
  );
  expect(Math.max(...line) - Math.min(...line)).toBeLessThanOrEqual(2);
  await page.screenshot({ path: '/tmp/notesview-panel.png' });

  // Enter opens the colours at the current one; an arrow key moves to the next and applies it; Enter closes.
  await swatch.focus();
  await page.keyboard.press('Enter');
  const colours = card.getByRole('dialog', { name: 'Colour' });
  await expect(colours.getByRole('radio', { name: 'yellow' })).toBeFocused();
  await page.screenshot({ path: '/tmp/notesview-colour-popover.png' });
  await page.keyboard.press('ArrowRight');
  await expect(colours.getByRole('radio', { name: 'green' })).toBeChecked();
  await expect.poll(() => paintedHighlights(page)).toEqual({ green: [FIRST] });
  await page.keyboard.press('Enter');
  await expect(colours).toHaveCount(0);
  const green = card.getByRole('button', { name: 'Colour: green' });
  await expect(green).toBeFocused();

  // Escape closes it without a change, the focus back on the swatch; the panel stays open.
  await page.keyboard.press('Space');
  await expect(colours.getByRole('radio', { name: 'green' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(colours).toHaveCount(0);
  await expect(green).toBeFocused();
  await expect(panel(page)).toBeVisible();
  expect(await paintedHighlights(page)).toEqual({ green: [FIRST] });
});

test('highlights stay on exactly their words after zooming in and out, a theme and a font change', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await selectPhrase(page, SECOND);
  await page.keyboard.press('h');
  await placed(page, 1);
  const reader = page.getByRole('navigation', { name: 'Reader' });
  for (const step of ['Zoom In', 'Zoom In', 'Zoom Out', 'Zoom Out', 'Zoom Out']) {
    const before = await highlightBoxes(page, SECOND);
    await reader.getByRole('button', { name: step }).click();
    await expect.poll(async () => (await highlightBoxes(page, SECOND)).painted[0]?.height).not.toBe(before.painted[0]?.height);
    const after = await highlightBoxes(page, SECOND);
    expect(after.painted.length).toBeGreaterThan(0);
    expect(after.painted).toEqual(after.text);
    expect(await paintedHighlights(page)).toEqual({ yellow: [SECOND] });
  }
  const settings = page.getByRole('dialog', { name: 'Text settings' });
  await page.getByRole('button', { name: 'Text settings' }).click();
  for (const choice of ['Dark', 'Monospace']) {
    const before = await highlightBoxes(page, SECOND);
    await settings.getByRole('radio', { name: choice, exact: true }).check();
    if (choice === 'Monospace') {
      await expect.poll(async () => (await highlightBoxes(page, SECOND)).painted[0]?.width).not.toBe(before.painted[0]?.width);
    }
    const after = await highlightBoxes(page, SECOND);
    expect(after.painted).toEqual(after.text);
    expect(await paintedHighlights(page)).toEqual({ yellow: [SECOND] });
  }
});

test('a bundle carries highlights into another profile, where they are placed on the same words', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-highlights-e2e-'));
  try {
    const app = await launch({ viewport });
    await openArticle(app.page, SAMPLE_TITLE);
    await selectPhrase(app.page, FIRST);
    await selectionToolbar(app.page).getByRole('button', { name: 'Highlight pink' }).click();
    await placed(app.page, 1);
    const bundle = join(work, 'one.offprint');
    await app.chooseOnNextExport(bundle);
    await chooseFromMore(app.page, 'Export…');
    await expect(app.page.getByRole('status', { name: 'Export status' })).toHaveText(/^Exported 1 article/);

    const fresh = await openApp({ profileDir: join(work, 'profile'), viewport });
    try {
      await fresh.page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: SAMPLE_TITLE }).click();
      await chooseFromMore(fresh.page, 'Delete article');
      await fresh.chooseOnNextImport([bundle]);
      await fresh.emit('menu:command', 'import');
      await expect(fresh.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article/);
      await openArticle(fresh.page, SAMPLE_TITLE);
      await placed(fresh.page, 1);
      expect(await paintedHighlights(fresh.page)).toEqual({ pink: [FIRST] });
    } finally {
      await fresh.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('importing a changed version of an article keeps its highlights: moved ones re-anchored, a removed passage an orphan', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-reimport-e2e-'));
  try {
    const file = join(work, 'harbour.md');
    const front = '---\ntitle: The Harbour Archive\nurl: https://example.org/harbour-archive\n---\n\n';
    const kept = 'The harbour master kept a ledger of every ship that entered the bay';
    const removed = 'Nobody knows where the second ledger went after the fire';
    const paragraphs = [
      `${kept}, with its cargo and the weather on the day.`,
      `${removed}; some say it was sold to a collector.`,
      'The archive opens on weekdays and the reading room is quiet.',
    ];
    writeFileSync(file, front + paragraphs.join('\n\n'));
    const { page, chooseOnNextImport, emit } = await launch({ viewport });
    await chooseOnNextImport([file]);
    await emit('menu:command', 'import');
    await openArticle(page, 'The Harbour Archive');
    for (const phrase of [kept, removed]) {
      await selectPhrase(page, phrase);
      await page.keyboard.press('h');
    }
    await placed(page, 2);
    await page.getByRole('button', { name: 'Back to library' }).click();

    // The new version: a paragraph added at the top, the second one gone.
    writeFileSync(file, `${front}An introduction written later, for the exhibition catalogue.\n\n${paragraphs[0]}\n\n${paragraphs[2]}`);
    await chooseOnNextImport([file]);
    await emit('menu:command', 'import');
    await expect(page.getByRole('status', { name: 'Import status' })).toContainText('Updated 1 article.');
    await openArticle(page, 'The Harbour Archive');
    await expect(articleBody(page)).toContainText('An introduction written later');
    await placed(page, 1, 1);
    expect(await paintedHighlights(page)).toEqual({ yellow: [kept] });
    await page.getByRole('button', { name: 'Highlights and notes' }).click();
    const orphans = panel(page).getByRole('region', { name: 'Highlights not found in the text' });
    await expect(orphans.getByRole('listitem')).toHaveCount(1);
    await expect(orphans.getByRole('listitem')).toContainText(removed);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('highlighting words already highlighted offers that highlight; overlapping it extends it, never a second one', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
  const [start, rest] = ['one of the safest', ' countries in the world'];
  await selectPhrase(page, start);
  await page.keyboard.press('h');
  await placed(page, 1);
  // The same words again: no second highlight; the panel opens at the one there is.
  await selectPhrase(page, start);
  await page.keyboard.press('h');
  await expect(panel(page)).toBeVisible();
  await placed(page, 1);
  expect(await paintedHighlights(page)).toEqual({ yellow: [start] });
  // Overlapping it: the highlight grows to cover both.
  await selectPhrase(page, `safest${rest}`);
  await page.keyboard.press('h');
  await expect.poll(() => paintedHighlights(page)).toEqual({ yellow: [FIRST] });
  await placed(page, 1);
});
