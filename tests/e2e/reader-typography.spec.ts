/**
 * Chinese, Japanese and Korean articles get CJK fonts and strict line breaking; right-to-left articles are set
 * right to left, from their language or, when they have none, from their text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, SAMPLE_TITLE } from './support/reader';
import { FIXTURE_TITLES, importReaderFixtures } from './support/reader-fixtures';

const ZH_TITLE = '在没有网络的地方读书';

async function openShown(page: Page, title: string): Promise<void> {
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: title, exact: true }).click();
  await expect(articleBody(page)).toHaveAttribute('data-body-state', 'ready');
}

async function typography(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('main.reader article')!;
    const body = document.querySelector('[data-testid="article-body"]')!;
    const p = body.querySelector('p')!;
    const style = getComputedStyle(p);
    // Where the first line's first character sits: at the right edge when the text runs right to left.
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 1);
    const first = range.getBoundingClientRect();
    const box = body.getBoundingClientRect();
    return {
      lang: article.getAttribute('lang'),
      dir: article.getAttribute('dir'),
      direction: style.direction,
      font: style.fontFamily,
      headingFont: getComputedStyle(document.querySelector('article h1')!).fontFamily,
      lineBreak: style.lineBreak,
      wordBreak: style.wordBreak,
      startsAtRight: Math.abs(first.right - box.right) < Math.abs(first.left - box.left),
    };
  });
}

async function chooseFont(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Text settings' }).click();
  await page.getByRole('dialog', { name: 'Text settings' }).getByRole('radio', { name, exact: true }).check();
  await page.keyboard.press('Escape');
}

test('a Chinese article gets CJK fonts (serif and sans) and strict line breaking', async ({ launch }) => {
  const { page } = await launch();
  await openShown(page, ZH_TITLE);
  const zh = await typography(page);
  expect(zh).toMatchObject({ lang: 'zh', dir: 'ltr', direction: 'ltr', lineBreak: 'strict', wordBreak: 'normal', startsAtRight: false });
  expect(zh.font).toMatch(/^"Noto Serif CJK SC", "Source Han Serif SC"/);
  expect(zh.font).toContain('SimSun');
  expect(zh.headingFont).toBe(zh.font);
  await chooseFont(page, 'Sans-serif');
  await expect.poll(async () => (await typography(page)).font).toMatch(/^"Noto Sans CJK SC", "Source Han Sans SC"/);
  expect((await typography(page)).font).toContain('Microsoft YaHei');

  // An English article keeps the reader's own fonts and ordinary breaking.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await openShown(page, SAMPLE_TITLE);
  const en = await typography(page);
  expect(en.font).not.toMatch(/^"Noto (Serif|Sans) CJK/);
  expect(en).toMatchObject({ dir: 'ltr', lineBreak: 'auto' });
});

test('Japanese without a language tag is recognised from its text', async ({ launch }) => {
  const app = await launch();
  await importReaderFixtures(app, ['japanese']);
  await openShown(app.page, FIXTURE_TITLES.japanese);
  await expect(app.page.locator('main.reader article')).toHaveAttribute('data-cjk', 'ja');
  const ja = await typography(app.page);
  expect(ja.font).toMatch(/^"Noto Serif CJK JP"/);
  expect(ja).toMatchObject({ lineBreak: 'strict', wordBreak: 'normal' });
});

test('Arabic (by its language) and Hebrew (by its text) are set right to left', async ({ launch }) => {
  const app = await launch();
  await importReaderFixtures(app, ['arabic', 'hebrew']);
  await openShown(app.page, FIXTURE_TITLES.arabic);
  expect(await typography(app.page)).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl', startsAtRight: true });
  await app.page.getByRole('button', { name: 'Back to library' }).click();
  await openShown(app.page, FIXTURE_TITLES.hebrew);
  expect(await typography(app.page)).toMatchObject({ dir: 'rtl', direction: 'rtl', startsAtRight: true });
  // The reader's bar stays as it is: only the article turns.
  expect(await app.page.evaluate(() => getComputedStyle(document.querySelector('.reader-bar')!).direction)).toBe('ltr');
});

async function hyphenation(page: Page) {
  return articleBody(page).evaluate((body) => ({
    hyphens: getComputedStyle(body.querySelector('p')!).hyphens,
    lang: body.closest('[lang]')?.getAttribute('lang') ?? null,
  }));
}

test('justified text is hyphenated in the article’s language; ragged text is not', async ({ launch }) => {
  const app = await launch();
  await importReaderFixtures(app, ['arabic']);
  const { page } = app;
  await openShown(page, SAMPLE_TITLE);
  expect((await hyphenation(page)).hyphens).toBe('manual');
  await page.getByRole('button', { name: 'Text settings' }).click();
  await page.getByRole('dialog', { name: 'Text settings' }).getByRole('checkbox', { name: 'Justify text' }).check();
  await page.keyboard.press('Escape');
  await expect.poll(async () => hyphenation(page)).toEqual({ hyphens: 'auto', lang: 'en' });
  // Another article is hyphenated by its own language's rules.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await openShown(page, FIXTURE_TITLES.arabic);
  expect(await hyphenation(page)).toEqual({ hyphens: 'auto', lang: 'ar' });
});

test('an Arabic article’s header is mirrored too: title and metadata line start on the right', async ({ launch }) => {
  const app = await launch();
  await importReaderFixtures(app, ['arabic']);
  await openShown(app.page, FIXTURE_TITLES.arabic);
  const header = await app.page.evaluate(() => {
    const box = document.querySelector('article .article-header')!.getBoundingClientRect();
    const startsAtRight = (el: Element | Range) => {
      const r = el.getBoundingClientRect();
      return Math.abs(r.right - box.right) < Math.abs(r.left - box.left);
    };
    const title = document.querySelector('article h1')!;
    const range = document.createRange();
    range.setStart(title.firstChild!, 0);
    range.setEnd(title.firstChild!, 1);
    const firstItem = document.querySelector('article .article-meta .meta-item')!;
    return {
      titleDirection: getComputedStyle(title).direction,
      titleStartsAtRight: startsAtRight(range),
      metaDirection: getComputedStyle(document.querySelector('article .article-meta')!).direction,
      firstItemAtRight: startsAtRight(firstItem),
      // The app's own label still reads the interface's way.
      labelDirection: getComputedStyle(firstItem.querySelector('dt')!).direction,
    };
  });
  expect(header).toEqual({ titleDirection: 'rtl', titleStartsAtRight: true, metaDirection: 'rtl', firstItemAtRight: true, labelDirection: 'ltr' });
});
