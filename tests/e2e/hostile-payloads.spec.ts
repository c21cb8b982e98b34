/**
 * Issue 12's security guarantee, kept as a test: hostile payloads (tests/e2e/support/hostile-payloads.ts) imported as
 * an HTML page, a Markdown file and a bundle (body, metadata, a note and a highlight note), and typed as a note,
 * with the app's Content Security Policy and again with it bypassed, so that the sanitizing alone is shown to hold:
 * nothing runs, no dangerous element or attribute is in the document, the bridge is not clobbered, clicking and
 * hovering the payloads' words does nothing, and no request leaves the machine (the fixture's afterEach).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';
import {
  BUNDLE_TITLE, CLICK_TARGETS, HOSTILE_NOTE, HTML_TITLE, HTML_VECTORS, MARKDOWN_TITLE, hostileHtmlPage, hostileMarkdown, writeHostileBundle,
} from './support/hostile-payloads';

let root = '';

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'offprint-hostile-'));
  writeFileSync(join(root, 'tricks.html'), hostileHtmlPage());
  writeFileSync(join(root, 'tricks.md'), hostileMarkdown());
  writeHostileBundle(root);
});

test.afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** What in the document could run or load: dangerous elements, event handlers, script URLs, CSS that fetches. */
async function dangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const LINKS = new Set(['href', 'xlink:href']);
    const LOADS = new Set(['src', 'action', 'formaction', 'data', 'poster', 'background', 'srcdoc', 'srcset', 'ping']);
    // A link may lead anywhere on the web (a click asks first); what loads by itself comes only from the app.
    const safeLink = (value: string) => /^(https?:|mailto:|#)/i.test(value.trim());
    const safeLoad = (value: string) => /^(blob:|\/|offprint-[a-z]+:|data:image\/)/i.test(value.trim());
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'template', 'noscript', 'animate', 'set', 'foreignobject'].includes(tag)) {
        found.push(`<${tag}>`);
      }
      // The app's own dialogs are forms; an article's text never holds one.
      if (tag === 'form' && el.closest('[data-testid="article-body"]')) found.push('<form> in an article');
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        else if (LINKS.has(name) && !safeLink(attr.value)) found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
        else if (LOADS.has(name) && !safeLoad(attr.value)) found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
        else if (name === 'style' && /url\(|expression\(|@import/i.test(attr.value)) found.push(`${tag}[style=${attr.value.slice(0, 40)}]`);
      }
    }
    return found;
  });
}

async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  // The bridge is the app's, not an element a payload named "offprint".
  expect(await page.evaluate(() => typeof (window as unknown as { offprint?: { import?: { choose?: unknown } } }).offprint?.import?.choose)).toBe('function');
  expect(await dangers(page)).toEqual([]);
}

/** Clicks and hovers every payload word on the page: none runs anything or opens anything. */
async function poke(page: Page): Promise<void> {
  for (const words of CLICK_TARGETS) {
    const target = articleBody(page).getByText(words, { exact: true });
    // Words a payload left without a box (text in a bare <math>) cannot be pointed at.
    if ((await target.count()) === 0 || !(await target.first().isVisible())) continue;
    await target.first().hover();
    await target.first().click();
  }
}

for (const bypassCSP of [false, true]) {
  const csp = bypassCSP ? 'with the Content Security Policy bypassed' : 'with the app’s Content Security Policy';
  test(`hostile pages, Markdown, bundles and notes run nothing and load nothing, ${csp}`, async ({ launch }) => {
    const app = await launch({ bypassCSP });
    const { page } = app;
    const status = page.getByRole('status', { name: 'Import status' });
    await app.chooseOnNextImport([join(root, 'tricks.html'), join(root, 'tricks.md'), join(root, 'Hostile.offprint')]);
    await app.emit('menu:command', 'import');
    await expect(status).toHaveText(/^Imported 3 articles\./);
    await status.getByRole('button', { name: 'Dismiss' }).click();
    await expectNothingRan(page);

    await openArticle(page, HTML_TITLE);
    await expect(articleBody(page)).toContainText(`Ordinary words after case ${HTML_VECTORS.length}.`);
    await poke(page);
    await expectNothingRan(page);
    await page.getByRole('button', { name: 'Back to library' }).click();

    await openArticle(page, MARKDOWN_TITLE);
    await expect(articleBody(page)).toContainText('This article is ordinary Markdown between the tricks.');
    await poke(page);
    await expectNothingRan(page);
    // A note typed in the app with the note-app incidents' payloads is shown as text and links that do nothing.
    const notes = page.getByRole('region', { name: 'Notes' });
    await notes.getByRole('textbox', { name: 'New note' }).fill(HOSTILE_NOTE);
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByRole('listitem')).toHaveCount(1);
    await notes.getByText('click seventy-one').click();
    await expectNothingRan(page);
    await page.getByRole('button', { name: 'Back to library' }).click();

    await openArticle(page, BUNDLE_TITLE);
    await expect(articleBody(page)).toContainText('Bundle words that carry a highlight for the test.');
    // The highlight (whose note carries the payloads) is placed on its words.
    await expect(articleBody(page)).toHaveAttribute('data-highlights-placed', '1');
    await expect(page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
    await poke(page);
    await expectNothingRan(page);
    await page.getByRole('button', { name: 'Back to library' }).click();

    // The Notes view shows every note and highlight note of the library in one place.
    await app.emit('menu:command', 'show-notes');
    await expect(page.getByText('click seventy-one').first()).toBeVisible();
    await expectNothingRan(page);
    expect(await app.openedExternalUrls()).toEqual([]);
  });
}
