/**
 * `npm run screenshots`: the app as a reader sees it, written as PNGs into screenshots/ (ignored by git) to be
 * looked at. The built renderer (out/, `npm run build` first: the npm script does it) with the real main services,
 * through the end-to-end harness, on a fresh profile: the sample library of the first run, then the real saved
 * pages of ../shared/corpora/real-pages/fixtures when that checkout is beside the repository. Each view is shot at
 * 700 and 1920 px wide, in the light and the dark theme:
 *   library, search (results), tags (the Tags dialog), reader (an article with images), reader-panel (the
 *   highlighted article with the highlights panel), notes (the Notes view), import-panel (the panel at the end of the import), import-report,
 *   bulk (three articles selected: the bulk bar) and bulk-edit (its Edit details… dialog).
 * Then the interface in Chinese (a second profile started with the zh-CN locale): the library, its Language list
 * open, the sample's Chinese article and its Text settings, as library-zh, language-zh, reader-zh and settings-zh.
 * Set OFFPRINT_E2E_PORT to serve on another port. Arguments: --out=DIR (default screenshots); --sample (the
 * sample library only, a quick look); --docs (also copy the views README shows into docs/screenshots/).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { openApp } from '../e2e/harness';
import { RENDERER_DIR } from '../e2e/harness/config';
import { startRendererServer } from '../e2e/harness/serve-renderer';
import { selectPhrase } from '../e2e/support/highlights';

const outArg = process.argv.slice(2).find((a) => a.startsWith('--out='));
const OUT_DIR = resolve(outArg ? outArg.slice('--out='.length) : 'screenshots');
const SAMPLE_ONLY = process.argv.includes('--sample');
const DOCS = process.argv.includes('--docs');
const DOCS_DIR = resolve('docs', 'screenshots');
/** The views README shows, by file name (without .png). */
const DOCS_VIEWS = [
  'library-1920-light',
  'library-700-dark',
  'search-1920-dark',
  'reader-1920-light',
  'reader-panel-1920-light',
  'notes-1920-light',
  'import-report-1920-light',
  'library-zh-1920-light',
  'reader-zh-700-dark',
];
const CHINESE_ARTICLE = '在没有网络的地方读书';
const REAL_PAGES = resolve('..', 'shared', 'corpora', 'real-pages', 'fixtures');
const IMAGE_ARTICLE = 'Reading Offline with Offprint: Zoom, Notes and a Library of Your Own';
const HIGHLIGHTED = "A Reader's Handbook: Reading Well on Screens and Off Them";
const SIZES = [
  { name: '700', width: 700, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const SCHEMES = ['light', 'dark'] as const;
type Variant = { size: (typeof SIZES)[number]; scheme: (typeof SCHEMES)[number] };

const variants: Variant[] = SIZES.flatMap((size) => SCHEMES.map((scheme) => ({ size, scheme })));
const written: string[] = [];

async function setVariant(page: Page, { size, scheme }: Variant): Promise<void> {
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.emulateMedia({ colorScheme: scheme });
}

async function shoot(page: Page, view: string, { size, scheme }: Variant): Promise<void> {
  // Let the layout settle for the new size and theme: two frames.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const file = join(OUT_DIR, `${view}-${size.name}-${scheme}.png`);
  await page.screenshot({ path: file });
  written.push(file);
}

async function backToLibrary(page: Page): Promise<void> {
  for (let i = 0; i < 3 && !(await page.locator('main.library').isVisible()); i += 1) {
    const back = page.getByRole('button', { name: /^Back to library$/ }).first();
    if (await back.isVisible()) await back.click();
    else await page.keyboard.press('Escape');
  }
  await page.locator('main.library').waitFor();
  await page.getByRole('searchbox', { name: 'Search library' }).fill('');
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function importRealPages(app: Awaited<ReturnType<typeof openApp>>): Promise<boolean> {
  if (SAMPLE_ONLY) return false;
  if (!existsSync(REAL_PAGES)) {
    console.log(`[screenshots] ${REAL_PAGES} is absent: the sample library only`);
    return false;
  }
  await app.chooseOnNextImport([REAL_PAGES]);
  await app.emit('menu:command', 'import-folder');
  const status = app.page.getByRole('status', { name: 'Import status' });
  await status.getByRole('button', { name: 'View report' }).waitFor({ timeout: 600_000 });
  console.log(`[screenshots] ${await status.locator('p').first().innerText()}`);
  return true;
}

/** Chooses an entry of the sidebar (Notes, Import history), opening it first when the window is too narrow for it. */
async function fromSidebar(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Library navigation' });
  if (!(await nav.isVisible())) await page.getByRole('button', { name: 'Sidebar' }).click();
  await nav.getByRole('button', { name, exact: true }).click();
}

/** Ticks the first `count` rows of the library's list. */
async function selectFirst(page: Page, count: number): Promise<void> {
  const boxes = page.locator('ul.article-list').getByRole('checkbox');
  for (let i = 0; i < count; i += 1) await boxes.nth(i).check();
  await page.getByRole('group', { name: 'Selected articles' }).waitFor();
}

/** Opens an article through the search box: in a real library it may be far down the list. */
async function openByTitle(page: Page, title: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search library' });
  await box.fill(`"${title.replace(/"/g, '')}"`);
  await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function highlightOnce(page: Page): Promise<void> {
  await openByTitle(page, HIGHLIGHTED);
  await page.getByTestId('article-body').and(page.locator('[data-body-state="ready"]')).waitFor();
  await selectPhrase(page, 'Speed is the most advertised and least');
  await page.keyboard.press('h');
  await selectPhrase(page, 'to remember the parts that matter');
  await page.keyboard.press('Shift+H');
  await page.keyboard.type('The point of the whole handbook: *remember*, not speed.');
  await backToLibrary(page);
}

async function main(): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('No built renderer: run `npm run build` first.');
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startRendererServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-screenshots-'));
  const app = await openApp({ profileDir, viewport: { width: 1920, height: 1080 } });
  const { page } = app;
  try {
    await highlightOnce(page);
    const real = await importRealPages(app);
    for (const variant of variants) {
      await setVariant(page, variant);
      await shoot(page, 'import-panel', variant);
    }
    const status = page.getByRole('status', { name: 'Import status' });
    if (real) await status.getByRole('button', { name: 'Dismiss' }).click();

    for (const variant of variants) {
      await setVariant(page, variant);
      await backToLibrary(page);
      await page.locator('main.library[data-library="complete"]').waitFor();
      await shoot(page, 'library', variant);

      await page.getByRole('searchbox', { name: 'Search library' }).fill('security');
      await page.locator('.search-snippet mark').first().waitFor();
      await shoot(page, 'search', variant);
      await page.getByRole('searchbox', { name: 'Search library' }).fill('');

      await page.getByRole('button', { name: 'Tags…' }).click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, 'tags', variant);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await openByTitle(page, IMAGE_ARTICLE);
      await page.locator('[data-testid="article-body"][data-body-state="ready"] img').first().waitFor();
      await shoot(page, 'reader', variant);
      await backToLibrary(page);
      // The panel on the article that has highlights (one with a note), so that it shows what it is for.
      await openByTitle(page, HIGHLIGHTED);
      await page.locator('[data-testid="article-body"][data-highlights="ready"]:not([data-highlights-placed="0"])').waitFor();
      await page.getByRole('button', { name: 'Highlights and notes' }).click();
      await shoot(page, 'reader-panel', variant);
      await page.getByRole('button', { name: 'Highlights and notes' }).click();
      await backToLibrary(page);

      await fromSidebar(page, 'Notes');
      await page.getByRole('list', { name: 'Notes by article' }).waitFor();
      await shoot(page, 'notes', variant);
      await backToLibrary(page);

      await selectFirst(page, 3);
      await shoot(page, 'bulk', variant);
      await page.getByRole('group', { name: 'Selected articles' }).getByRole('button', { name: 'Edit details…' }).click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, 'bulk-edit', variant);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Clear selection' }).click();

      if (real) {
        await fromSidebar(page, 'Import history');
        await page.getByRole('list', { name: 'Past imports' }).getByRole('button').first().click();
        await page.getByRole('heading', { level: 1 }).waitFor();
        await shoot(page, 'import-report', variant);
        await backToLibrary(page);
      }
    }
    await chinesePass();
    console.log(`[screenshots] ${written.length} PNGs in ${OUT_DIR}`);
  } finally {
    await app.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const leaked = app.externalRequests();
  if (leaked.length > 0) throw new Error(`requests that left 127.0.0.1: ${leaked.join(', ')}`);
}

async function run(): Promise<void> {
  await main();
  if (DOCS) copyToDocs();
}

/** The interface in Chinese on a fresh profile with the sample library: the library and the Chinese article. */
async function chinesePass(): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-screenshots-zh-'));
  const app = await openApp({ profileDir, viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const { page } = app;
  try {
    for (const variant of variants) {
      await setVariant(page, variant);
      await page.locator('main.library[data-library="complete"]').waitFor();
      await shoot(page, 'library-zh', variant);
      await page.getByRole('combobox', { name: '语言' }).click();
      await page.getByRole('listbox').waitFor();
      await shoot(page, 'language-zh', variant);
      await page.keyboard.press('Escape');
      await page.getByRole('listbox').waitFor({ state: 'detached' });
      await page.locator('.article-title', { hasText: CHINESE_ARTICLE }).click();
      await page.getByRole('heading', { level: 1, name: CHINESE_ARTICLE }).waitFor();
      await page.getByTestId('article-body').and(page.locator('[data-body-state="ready"]')).waitFor();
      await shoot(page, 'reader-zh', variant);
      await page.getByRole('button', { name: '文本设置' }).click();
      await page.getByRole('combobox', { name: '语言' }).waitFor();
      await shoot(page, 'settings-zh', variant);
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: '语言' }).waitFor({ state: 'hidden' });
      await page.keyboard.press('Escape');
      await page.locator('main.library').waitFor();
    }
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

function copyToDocs(): void {
  mkdirSync(DOCS_DIR, { recursive: true });
  for (const view of DOCS_VIEWS) {
    const file = join(OUT_DIR, `${view}.png`);
    if (!existsSync(file)) throw new Error(`--docs: ${file} was not written`);
    copyFileSync(file, join(DOCS_DIR, `${view}.png`));
  }
  console.log(`[screenshots] ${DOCS_VIEWS.length} PNGs copied into ${DOCS_DIR}`);
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
