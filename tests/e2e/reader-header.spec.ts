/**
 * The article's header: title and only the metadata the article has (no bare "Author:"), dates and the language
 * in the user's locale, and the original URL opened in the system browser only when clicked.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openArticle } from './support/reader';
import { FIXTURE_TITLES, importReaderFixtures } from './support/reader-fixtures';

const LONG_TITLE = "A Reader's Handbook: Reading Well on Screens and Off Them";
const URL = 'https://example.org/offprint/guides/readers-handbook';
const TAGS = ['reading', 'handbook', 'notes', 'attention', 'libraries'];

/** The header's terms and their values, as a reader sees them. */
async function metadata(page: Page): Promise<Record<string, string>> {
  const items = page.locator('article header .meta-item');
  const entries: Record<string, string> = {};
  for (const item of await items.all()) {
    entries[(await item.locator('dt').innerText()).replace(/:$/, '')] = (await item.locator('dd').innerText()).trim();
  }
  return entries;
}

const today = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

/** The header's labels in the interface language the locale chooses (issue 17), and how its length reads. */
const LABELS = {
  en: { author: 'Author', source: 'Source', published: 'Published', added: 'Added', language: 'Language', original: 'Original', length: 'Length' },
  de: { author: 'Autor', source: 'Quelle', published: 'Veröffentlicht', added: 'Hinzugefügt', language: 'Sprache', original: 'Original', length: 'Länge' },
  zh: { author: '作者', source: '来源', published: '发表日期', added: '添加日期', language: '语言', original: '原文链接', length: '篇幅' },
  ja: { author: '著者', source: '出典', published: '公開日', added: '追加日', language: '言語', original: '元のページ', length: '長さ' },
};

const cases = [
  { locale: 'en-US', published: 'April 10, 2025', language: 'English', tags: TAGS, labels: LABELS.en, length: /words · \d+ min read$/ },
  { locale: 'de-DE', published: '10. April 2025', language: 'Englisch', tags: TAGS, labels: LABELS.de, length: /Wörter · \d+ Min\. Lesezeit$/ },
  { locale: 'zh-CN', published: '2025年4月10日', language: '英语', tags: TAGS, labels: LABELS.zh, length: /字 · 约需阅读 \d+ 分钟$/ },
  { locale: 'ja-JP', published: '2025年4月10日', language: '英語', tags: TAGS, labels: LABELS.ja, length: /語 · 読了まで約 \d+ 分$/ },
];

for (const c of cases) {
  test(`the header shows every field, dates and language in ${c.locale}`, async ({ launch }) => {
    const app = await launch({ locale: c.locale });
    await openArticle(app.page, LONG_TITLE);
    const meta = await metadata(app.page);
    const { labels } = c;
    expect(meta).toMatchObject({
      [labels.author]: 'The Offprint Team',
      [labels.source]: 'Offprint Guides',
      [labels.published]: c.published,
      [labels.added]: today(c.locale),
      [labels.language]: c.language,
      [labels.original]: URL,
    });
    expect(meta[labels.length]).toMatch(c.length);
    await expect(app.page.locator('article header .tag-list').getByRole('listitem')).toHaveText(c.tags);
    await expect(app.page.locator('article header time').first()).toHaveAttribute('datetime', '2025-04-10');

    // Shown, not followed: the URL leaves only when clicked, and then for the system browser.
    expect(await app.openedExternalUrls()).toEqual([]);
    await app.answerNextOpenConfirmation({ open: true });
    await app.page.getByRole('link', { name: URL }).click();
    await expect.poll(() => app.openedExternalUrls()).toEqual([URL]);
    expect(await app.openConfirmations()).toEqual([URL]);
    await expect(app.page.getByRole('heading', { level: 1, name: LONG_TITLE })).toBeVisible();
  });
}

test('an article without an author or URL shows no empty fields, never a bare "Author:"', async ({ launch }) => {
  const app = await launch({ locale: 'en-US' });
  await importReaderFixtures(app, ['cafe']);
  await openArticle(app.page, FIXTURE_TITLES.cafe);
  const meta = await metadata(app.page);
  expect(Object.keys(meta)).toEqual(['Source', 'Published', 'Added', 'Length', 'Language', 'Tags']);
  expect(meta['Published']).toBe('March 5, 2024');
  await expect(app.page.locator('article header')).not.toContainText('Author');
  await expect(app.page.locator('article header')).not.toContainText('Original');
});

test('the window title follows the article, and is "Offprint" again in the library', async ({ launch }) => {
  const { page } = await launch();
  await expect(page).toHaveTitle('Offprint');
  const title = 'Contribution of Chinese Solution to Global Security Governance';
  await openArticle(page, title);
  await expect(page).toHaveTitle(`${title} — Offprint`);
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page).toHaveTitle('Offprint');
});
