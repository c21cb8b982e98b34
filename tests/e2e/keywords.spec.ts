/**
 * A page's keywords are its keywords, never tags (issue 13): importing a folder of pages with keywords adds no tag
 * to the Tags dialog (a Markdown file's front-matter tags do stay tags), the reader lists the keywords in the
 * header, and a version-4 library whose pages' keywords were stored as tags opens with them moved out.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readLibraryRaw, withOriginPage, writeLibraryAt } from './support/origin-page';
import { openArticle } from './support/reader';
import { sampleRecords, SHIPPED_SCHEMAS } from '../fixtures/schemas/shipped-schemas';

/** A saved page with enough text of its own for the reading view to keep it as an article. */
function page(title: string, head: string): string {
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i + 1} of “${title}”: the harbour, the tide tables and the fishing boats that leave at dawn, told at length.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
}

const FILES: Record<string, string> = {
  'two-sessions.html': page('Notes on the Two Sessions', '<meta name="keywords" content="关注点;国家;发展;两会">'),
  'oceans.html': page(
    'The Southern Oceans',
    '<meta name="news_keywords" content="Oceans,New Zealand,Fishing"><meta property="article:tag" content="Marine life">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The Southern Oceans","keywords":"2016, 一个, 1975年"}</script>',
  ),
  'field-notes.md': '---\ntitle: Field notes from the shore\ntags: [field-notes]\nkeywords: shore; tides\n---\n\nThe shore at low tide, and what the tide tables said about it.\n',
};
const KEYWORDS = ['关注点', '国家', '发展', '两会', 'Oceans', 'New Zealand', 'Fishing', 'Marine life', '一个', '1975年', '2016', 'shore', 'tides'];

/** The tags the Tags dialog lists, without their counts. */
async function tagsInDialog(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Tags…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tags' });
  await expect(dialog).toBeVisible();
  const names = await dialog.getByRole('button', { name: /^Rename tag / }).evaluateAll((buttons) =>
    buttons.map((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/^Rename tag /, '')),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return names;
}

test('importing pages with keywords adds no keyword-tags; the reader lists them as keywords', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'offprint-keywords-'));
  try {
    for (const [name, content] of Object.entries(FILES)) writeFileSync(join(folder, name), content);
    const app = await launch();
    await expect(app.page.getByText('5 articles')).toBeVisible();
    const before = await tagsInDialog(app.page);

    await app.openFiles([folder]);
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 3 articles\b/);
    await expect(app.page.getByText('8 articles')).toBeVisible();
    const after = await tagsInDialog(app.page);
    expect(after.sort()).toEqual([...before, 'field-notes'].sort());
    for (const keyword of KEYWORDS) expect(after).not.toContain(keyword);

    await openArticle(app.page, 'The Southern Oceans');
    const keywords = app.page.getByRole('list', { name: 'Keywords' });
    await expect(keywords.getByRole('listitem')).toHaveText(['Oceans', 'New Zealand', 'Fishing', 'Marine life', '一个', '1975年']);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a version-4 library opens with its pages’ keyword-tags moved to keywords and the reader’s tags kept', async ({ launch, profileDir }) => {
  const records = sampleRecords(4);
  const [first, second, third] = records.articles;
  if (!first || !second || !third) throw new Error('the sample library has three articles');
  // As version 4 imported a web page: the page's keywords as tags; and a tag the reader uses on a Markdown article.
  Object.assign(first, { originalName: 'two-sessions.html', tags: ['关注点;国家;发展;两会', '一个', 'rivers'] });
  await withOriginPage(profileDir, (page) => writeLibraryAt(page, 4, { ...SHIPPED_SCHEMAS[4] }, records));

  const { page } = await launch();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: first.title })).toBeVisible();
  expect((await tagsInDialog(page)).sort()).toEqual(['rivers']);
  const { rows } = await readLibraryRaw(page, ['articles']);
  expect(rows['articles']?.find((row) => (row as { id: string }).id === first.id)).toMatchObject({
    tags: ['rivers'],
    keywords: ['关注点', '国家', '发展', '两会', '一个'],
  });
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: first.title }).click();
  await expect(page.getByRole('list', { name: 'Keywords' }).getByRole('listitem')).toHaveText(['关注点', '国家', '发展', '两会', '一个']);
});
