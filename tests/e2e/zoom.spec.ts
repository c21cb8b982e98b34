/** Real font zoom: the article's text gets bigger and reflows; the level shows and survives a restart. */
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, articleBody, measureBody, openArticle, zoomLevel } from './support/reader';

// A window narrower than the column, so a bigger font must take more lines.
const viewport = { width: 640, height: 760 };

test('Zoom In raises the font size of the article text and the text reflows onto more lines', async ({ launch }) => {
  const { page } = await launch({ viewport });
  await openArticle(page, SAMPLE_TITLE);
  await expect(zoomLevel(page)).toHaveText('100%');
  const before = await measureBody(page);

  await page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  await expect(zoomLevel(page)).toHaveText('110%');
  const after = await measureBody(page);
  expect(after.fontSizePx).toBeCloseTo(before.fontSizePx * 1.1, 1);
  expect(after.lines).toBeGreaterThan(before.lines);
  // Real zoom: no transform, no page zoom.
  expect(after.transform).toBe('none');
  expect(after.pageZoom).toBe(1);

  await page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
  await expect(zoomLevel(page)).toHaveText('90%');
  const smaller = await measureBody(page);
  expect(smaller.fontSizePx).toBeLessThan(before.fontSizePx);
  expect(smaller.lines).toBeLessThan(before.lines);
});

test('the zoom level is remembered across a restart', async ({ launch }) => {
  const first = await launch({ viewport });
  await openArticle(first.page, SAMPLE_TITLE);
  for (let i = 0; i < 3; i += 1) await first.page.getByRole('button', { name: 'Zoom In', exact: true }).click();
  await expect(zoomLevel(first.page)).toHaveText('130%');
  const zoomed = await measureBody(first.page);
  await first.close();

  const second = await launch({ viewport });
  await openArticle(second.page, SAMPLE_TITLE);
  await expect(zoomLevel(second.page)).toHaveText('130%');
  expect((await measureBody(second.page)).fontSizePx).toBeCloseTo(zoomed.fontSizePx, 1);
});

test('the View menu commands drive the same font zoom', async ({ launch }) => {
  const app = await launch({ viewport });
  await openArticle(app.page, SAMPLE_TITLE);
  const base = await measureBody(app.page);
  await app.emit('menu:command', 'zoom-in');
  await app.emit('menu:command', 'zoom-in');
  await expect(zoomLevel(app.page)).toHaveText('120%');
  expect((await measureBody(app.page)).fontSizePx).toBeCloseTo(base.fontSizePx * 1.2, 1);
  await app.emit('menu:command', 'zoom-out');
  await expect(zoomLevel(app.page)).toHaveText('110%');
  await app.emit('menu:command', 'zoom-reset');
  await expect(zoomLevel(app.page)).toHaveText('100%');
  expect((await measureBody(app.page)).fontSizePx).toBeCloseTo(base.fontSizePx, 1);
});

test('zoom stops at its bounds (50% to 300%)', async ({ launch }) => {
  const app = await launch({ viewport });
  await openArticle(app.page, SAMPLE_TITLE);
  const zoomOut = app.page.getByRole('button', { name: 'Zoom Out', exact: true });
  for (let i = 0; i < 5; i += 1) await zoomOut.click();
  await expect(zoomLevel(app.page)).toHaveText('50%');
  await expect(zoomOut).toBeDisabled();
  for (let i = 0; i < 25; i += 1) await app.emit('menu:command', 'zoom-in');
  await expect(zoomLevel(app.page)).toHaveText('300%');
  await expect(app.page.getByRole('button', { name: 'Zoom In', exact: true })).toBeDisabled();
});

test('Ctrl+wheel and a trackpad pinch zoom the article font, never the page', async ({ launch }) => {
  const app = await launch({ viewport });
  await openArticle(app.page, SAMPLE_TITLE);
  const { page } = app;
  const base = await measureBody(page);
  const box = await articleBody(page).boundingBox();
  if (!box) throw new Error('the article body has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + 40);

  // A mouse wheel notch with Ctrl held: one step.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(zoomLevel(page)).toHaveText('110%');

  // A pinch out to 1.25×, as a trackpad sends it (Chromium hands it to the page as Ctrl+wheel events): two more
  // steps of 10 % (1.1² ≈ 1.21 ≤ 1.25 < 1.1³), on macOS as elsewhere.
  if (app.kind === 'chromium') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.synthesizePinchGesture', {
      x: box.x + box.width / 2,
      y: box.y + 40,
      scaleFactor: 1.25,
      gestureSourceType: 'mouse',
    });
    await expect(zoomLevel(page)).toHaveText('130%');
  }
  const zoomed = await measureBody(page);
  expect(zoomed.fontSizePx).toBeGreaterThan(base.fontSizePx * 1.09);
  expect(zoomed.pageZoom).toBe(1);
  expect(zoomed.transform).toBe('none');
  expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);
});
