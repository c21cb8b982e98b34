/**
 * Offprint in the reader's language (issue 17): started with the system in Chinese, Japanese, German or Arabic,
 * the library, the import report, the `?` dialog and the menu bar are in that language (spot checks against the
 * shared messages, and a few literal words); Arabic lays the window out right to left with nothing wider than it;
 * the Language setting changes every word at once, without a restart; the pseudo-locale (accented, 40 % longer)
 * fits a 700 × 700 window and leaves no English behind. Main's failures (a backup stopped by a low disk, an export
 * to a folder that is not there) are in the interface language too, and follow it when it changes.
 */
import type { Page } from '@playwright/test';
import { MESSAGES } from '../../src-shared/i18n/messages';
import type { ShippedLocale } from '../../src-shared/i18n';
import { expect, test } from './fixtures';
import { withoutAccessKey } from './harness/menu-labels';
import type { AppSession } from './harness';
import { writeFixture } from './support/library-fixture';
import { writeAnnotatedBundle } from './support/annotated-bundle';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseOption } from './support/select';

const SYSTEMS: { system: string; locale: ShippedLocale; dir: 'ltr' | 'rtl'; importWord: string }[] = [
  { system: 'zh-CN', locale: 'zh-Hans', dir: 'ltr', importWord: '导入…' },
  { system: 'ja-JP', locale: 'ja', dir: 'ltr', importWord: '読み込む…' },
  { system: 'de-DE', locale: 'de', dir: 'ltr', importWord: 'Importieren …' },
  { system: 'ar', locale: 'ar', dir: 'rtl', importWord: 'استيراد…' },
];

/** How many pixels the page is wider than the window (0 when nothing overflows sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Imports the fixture folder and waits for the report, in the locale's words ("Imported 3 articles."). */
async function importIn(app: AppSession, locale: ShippedLocale, folder: string): Promise<void> {
  await app.chooseOnNextImport([folder]);
  await app.emit('menu:command', 'import-folder');
  const importing = MESSAGES[locale].importing as Record<string, string>;
  const status = app.page.getByRole('status', { name: importing['importStatus'] });
  // Three takes the "few" form where the language has one (Arabic), else "other".
  const imported = importing['imported_few'] ?? importing['imported_other']!;
  const digits = new Intl.NumberFormat(locale).format(3);
  await expect(status).toContainText(imported.replace('{{count, number}}', digits).replace(/[.。]$/, ''));
}

let dir: string;
let notesDir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-i18n-'));
  writeFixture(dir, 3);
  notesDir = mkdtempSync(join(tmpdir(), 'offprint-i18n-notes-'));
});
test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(notesDir, { recursive: true, force: true });
});

for (const { system, locale, dir: direction, importWord } of SYSTEMS) {
  test(`started on a system in ${system}, the window is in ${locale}`, async ({ launch }) => {
    const app = await launch({ locale: system });
    const { page } = app;
    const library = MESSAGES[locale].library as Record<string, string>;
    const settings = MESSAGES[locale].settings as Record<string, string>;
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', direction);
    // The library: its Import button (a literal word, so a wrong message file shows too) and its list.
    await expect(page.getByRole('button', { name: importWord, exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: library['articles'] })).toBeVisible();
    // Main's menu bar follows the language the window told it.
    const menu = MESSAGES[locale].menu as Record<string, string>;
    await expect.poll(() => app.menuBarLabels()).toEqual(['file', 'edit', 'view', 'window', 'help'].map((key) => withoutAccessKey(menu[key]!)));

    // The import report, in the language, with the language's plural form and digits.
    await importIn(app, locale, dir);

    // The `?` dialog.
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: settings['shortcutsTitle'] })).toBeVisible();
    expect(await overflow(page), 'the page is no wider than the window').toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: settings['shortcutsTitle'] })).toBeHidden();

    // The Language setting is in the library too, named in the language.
    const common = MESSAGES[locale].common as Record<string, string>;
    await expect(page.getByRole('combobox', { name: common['language'] })).toBeVisible();

    // The Notes view, with the notes and highlights of an annotated bundle: its heading, list, filters and Back.
    await app.chooseOnNextImport([writeAnnotatedBundle(notesDir)]);
    await app.emit('menu:command', 'import');
    await app.emit('menu:command', 'show-notes');
    const notes = MESSAGES[locale].notes as Record<string, string>;
    await expect(page.getByRole('heading', { level: 1, name: notes['notes'] })).toBeVisible();
    await expect(page.getByRole('list', { name: notes['notesByArticle'] }).locator(':scope > li')).toHaveCount(2);
    await expect(page.getByRole('group', { name: notes['filterNotes'] })).toBeVisible();
    await expect(page.getByRole('button', { name: notes['backToLibrary'] })).toBeVisible();
    await expect(page.locator('main.notes-library')).toHaveCSS('direction', direction);
    expect(await overflow(page), 'the Notes view is no wider than the window').toBeLessThanOrEqual(0);
  });
}

test('Arabic lays the library out right to left, with nothing wider than the window, at 700 and 1280 px', async ({ launch }) => {
  const app = await launch({ locale: 'ar-EG', viewport: { width: 700, height: 700 } });
  const { page } = app;
  await importIn(app, 'ar', dir);
  for (const width of [700, 1280]) {
    await page.setViewportSize({ width, height: 700 });
    expect(await overflow(page), `at ${width} px`).toBeLessThanOrEqual(0);
    // Right to left: a row's title starts at the right of its row.
    const row = page.getByRole('list', { name: (MESSAGES.ar.library as Record<string, string>)['articles'] }).getByRole('listitem').first();
    const [rowBox, titleBox] = [await row.boundingBox(), await row.locator('.article-title').boundingBox()];
    expect(rowBox!.x + rowBox!.width - (titleBox!.x + titleBox!.width), `the title hugs the row's right edge at ${width} px`).toBeLessThan(80);
  }
  // In the reader, Back points the way Arabic reads (mirrored).
  await page.locator('ul.article-list').getByRole('button').first().click();
  const back = page.getByRole('button', { name: (MESSAGES.ar.reader as Record<string, string>)['backToLibrary'] });
  await expect(back).toBeVisible();
  expect(await back.locator('svg').evaluate((icon) => getComputedStyle(icon).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
});

test('the Language setting changes every word at once, without a restart, and is remembered', async ({ launch }) => {
  const app = await launch({ locale: 'en-GB' });
  const { page } = app;
  await expect(page.getByRole('button', { name: 'Import…', exact: true })).toBeVisible();
  // From the library: French at once, and back to the system's language.
  await chooseOption(page.getByRole('combobox', { name: 'Language' }), 'Français');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toBeVisible();
  await chooseOption(page.getByRole('combobox', { name: 'Langue' }), 'Celle du système (English)');
  await expect(page.getByRole('button', { name: 'Import…', exact: true })).toBeVisible();
  await page.getByRole('list', { name: 'Articles' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Text settings' }).click();
  await chooseOption(page.getByRole('combobox', { name: 'Language' }), 'Deutsch');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeVisible();
  await expect.poll(() => app.menuBarLabels()).toEqual(['Datei', 'Bearbeiten', 'Darstellung', 'Fenster', 'Hilfe']);
  // Remembered: the window opened again is in German, and tells main so again.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('button', { name: 'Importieren …', exact: true })).toBeVisible();
});

test('main’s failures are in the interface language: a low disk stops a backup in German, then reads in Chinese', async ({ launch, profileDir }) => {
  const app = await launch({ locale: 'de-DE' });
  // As in backup.spec.ts: only the Chromium harness's host can fake the free space (Electron reads the real disk).
  test.skip(app.kind !== 'chromium', 'free space can be simulated only through the Chromium harness host (setFreeDiskBytes)');
  const { page } = app;
  await expect(page.getByRole('list', { name: 'Artikel' }).getByRole('listitem').first()).toBeVisible();
  await app.setFreeDiskBytes(20 * 1024 * 1024);
  await app.emit('menu:command', 'backup-now');
  // Main's sentence in German, the sizes it inserts in bidi isolates.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Die Sicherung ist fehlgeschlagen: Die Sicherung braucht etwa');
  await expect(alert).toContainText('frei sind aber nur \u206820 MB\u2069. Es wurde nichts geschrieben.');
  expect(readdirSync(join(profileDir, 'Backups'))).toEqual([]);
  await app.emit('menu:command', 'backup-settings');
  const backups = page.getByRole('dialog', { name: 'Sicherungen' });
  await expect(backups.getByTestId('last-failure')).toContainText('frei sind aber nur \u206820 MB\u2069');
  await page.keyboard.press('Escape');
  await expect(backups).toBeHidden();

  // The failure main recorded reads in the language chosen since, and so does the alert still shown.
  await chooseOption(page.getByRole('combobox', { name: 'Sprache' }), '简体中文');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(alert).toContainText('备份失败：备份大约需要');
  await app.emit('menu:command', 'backup-settings');
  await expect(page.getByRole('dialog', { name: '备份' }).getByTestId('last-failure')).toContainText('但只剩 \u206820 MB\u2069 可用。未写入任何内容。');
});

test('an export to a folder that is not there says so in Chinese, the path isolated', async ({ launch }) => {
  const work = mkdtempSync(join(tmpdir(), 'offprint-i18n-export-'));
  try {
    const app = await launch({ locale: 'zh-CN' });
    await expect(app.page.getByRole('list', { name: '文章' }).getByRole('listitem').first()).toBeVisible();
    const missing = join(work, 'no-such-folder', 'Library.offprint');
    await app.chooseOnNextExport(missing);
    await app.emit('menu:command', 'export-library');
    await expect(app.page.getByRole('alert')).toContainText(`导出失败：Offprint 无法写入 \u2068${missing}\u2069：该文件夹不存在（可能已被移动或删除）。`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the pseudo-locale fits a 700 × 700 window and leaves no English word in the library', async ({ launch }) => {
  const app = await launch({ locale: 'en-XA', viewport: { width: 700, height: 700 } });
  const { page } = app;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('button', { name: /^\[Íɱþóŕţ…/ })).toBeVisible();
  expect(await overflow(page), 'the library').toBeLessThanOrEqual(0);
  // Every button of the library's header is translated (pseudo text is bracketed): none was left in code.
  const labels = await page.locator('.library-actions button').evaluateAll((buttons) =>
    buttons.map((b) => (b.textContent?.trim() || b.getAttribute('aria-label') || '').trim()),
  );
  expect(labels.length).toBeGreaterThan(2);
  expect(labels.filter((label) => !label.startsWith('['))).toEqual([]);
});

test('in Chinese at 700 px the Language setting shows its whole name, in the library’s list and in Text settings', async ({ launch }) => {
  const app = await launch({ locale: 'zh-CN', viewport: { width: 700, height: 700 } });
  const { page } = app;
  const system = '跟随系统（简体中文）';
  // The library's toolbar: an icon whose tooltip names the choice; its list is as wide as its longest option.
  const inLibrary = page.getByRole('combobox', { name: '语言' });
  await expect(inLibrary).toHaveAttribute('title', `语言：${system}`);
  await inLibrary.click();
  const option = page.getByRole('listbox').getByRole('option', { name: system });
  await expect(option).toBeVisible();
  expect(await option.locator('.select-item-text').evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  // The reader's Text settings: the button shows the whole name, not "跟随系统（简体中…".
  await page.getByRole('list', { name: '文章' }).getByRole('button').first().click();
  await page.getByRole('button', { name: '文本设置' }).click();
  const inSettings = page.getByRole('combobox', { name: '语言' });
  await expect(inSettings).toHaveText(system);
  expect(await inSettings.locator('.select-value').evaluate((text) => text.scrollWidth <= text.clientWidth)).toBe(true);
});
