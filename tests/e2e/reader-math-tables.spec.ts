/**
 * Maths and wide tables in the reader (issue 13): MathML survives the sanitizer and is drawn by Chromium's MathML
 * Core (a fraction's numerator sits above its denominator), and a table 3000 px wide scrolls inside its own box
 * without widening the page, in an HTML article and in a Markdown one.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleBody, openArticle } from './support/reader';

const PROSE = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the formula every student learns, with the tables of values a reader checks it against.</p>`).join('');
const CELLS = Array.from({ length: 30 }, (_, i) => `<td>column ${i + 1}</td>`).join('');

const HTML_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The quadratic formula</title></head><body><article>
<h1>The quadratic formula</h1>
<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions and they are</p>
<p><math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></p>
${PROSE}
<table width="3000"><tr>${CELLS}</tr><tr>${CELLS}</tr></table>
<p>After the table, the text goes on in the column as before.</p>
</article></body></html>`;

const MARKDOWN = `---\ntitle: A wide Markdown table\n---\n\nThe values, all of them:\n\n| ${Array.from({ length: 40 }, (_, i) => `heading-number-${i + 1}`).join(' | ')} |\n|${' --- |'.repeat(40)}\n| ${Array.from({ length: 40 }, (_, i) => `value-number-${i + 1}`).join(' | ')} |\n\nText after the table.\n`;

/** The page is no wider than the window, and the article's table box scrolls sideways. */
async function expectTableScrollsInItsBox(page: Page): Promise<void> {
  const box = articleBody(page).locator('.table-scroll');
  await expect(box).toHaveCount(1);
  const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  expect(sizes.page).toBeLessThanOrEqual(sizes.window);
  const before = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, left: el.scrollLeft }));
  expect(before.scrollWidth).toBeGreaterThan(before.clientWidth + 500);
  expect(before.left).toBe(0);
  const after = await box.evaluate((el) => {
    el.scrollBy({ left: 400, behavior: 'instant' });
    return el.scrollLeft;
  });
  expect(after).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
}

test('MathML is drawn as maths and a wide table scrolls in its box (HTML)', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'offprint-math-'));
  try {
    writeFileSync(join(folder, 'quadratic.html'), HTML_PAGE);
    const app = await launch();
    await expect(app.page.getByText('5 articles')).toBeVisible();
    await app.openFiles([join(folder, 'quadratic.html')]);
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
    await openArticle(app.page, 'The quadratic formula');
    const body = articleBody(app.page);
    await expect(body).toContainText('there are two solutions');

    const fraction = body.locator('mfrac');
    await expect(fraction).toHaveCount(1);
    const boxes = await fraction.evaluate((mfrac) => {
      const [numerator, denominator] = [...mfrac.children].map((part) => part.getBoundingClientRect());
      return { numerator: numerator?.toJSON() as DOMRect, denominator: denominator?.toJSON() as DOMRect };
    });
    // MathML Core: the numerator is above the denominator, not beside it on the line.
    expect(boxes.numerator.height).toBeGreaterThan(0);
    expect(boxes.numerator.bottom).toBeLessThanOrEqual(boxes.denominator.top + 0.5);
    expect(Math.abs(boxes.numerator.left + boxes.numerator.width / 2 - (boxes.denominator.left + boxes.denominator.width / 2))).toBeLessThan(2);
    expect(await body.locator('math[href], math [href], math script').count()).toBe(0);

    await expectTableScrollsInItsBox(app.page);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a wide Markdown table scrolls in its box, not the page', async ({ launch }) => {
  const folder = mkdtempSync(join(tmpdir(), 'offprint-table-'));
  try {
    writeFileSync(join(folder, 'wide-table.md'), MARKDOWN);
    const app = await launch();
    await expect(app.page.getByText('5 articles')).toBeVisible();
    await app.openFiles([join(folder, 'wide-table.md')]);
    await expect(app.page.getByRole('status', { name: 'Import status' })).toHaveText(/^Imported 1 article\b/);
    await openArticle(app.page, 'A wide Markdown table');
    await expect(articleBody(app.page).locator('.table-scroll table th').first()).toHaveText('heading-number-1');
    await expectTableScrollsInItsBox(app.page);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
