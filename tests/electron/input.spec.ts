/**
 * Input as the operating system delivers it to the real window (webContents.sendInputEvent goes through Chromium's
 * input pipeline and main's before-input-event, which Playwright's page-level input does not): Ctrl+wheel and the
 * menu accelerators zoom the article's font, never the page.
 */
import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, articleBody, measureBody, openArticle, zoomLevel } from '../e2e/support/reader';
import { electronOrSkip, launchElectron } from './support';

test('Ctrl+wheel and the zoom accelerators, sent as native input, zoom the article font', async () => {
  const electronPath = electronOrSkip('Native input zoom test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    await openArticle(page, SAMPLE_TITLE);
    await expect(zoomLevel(page)).toHaveText('100%');
    const base = await measureBody(page);
    const box = await articleBody(page).boundingBox();
    if (!box) throw new Error('the article body has no box');
    const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + 40) };
    const modifier = process.platform === 'darwin' ? 'meta' : 'control';

    await app.evaluate(({ BrowserWindow }, [point, mod]) => {
      BrowserWindow.getAllWindows()[0]?.webContents.sendInputEvent({
        type: 'mouseWheel',
        x: point.x,
        y: point.y,
        deltaX: 0,
        deltaY: 120,
        wheelTicksY: 1,
        canScroll: true,
        modifiers: [mod],
      } as never);
    }, [at, modifier] as const);
    await expect(zoomLevel(page)).toHaveText('110%');

    // The View menu's accelerator (Ctrl/Cmd+=) and the numeric keypad's +, through main's before-input-event.
    const press = (keyCode: string) =>
      app.evaluate(({ BrowserWindow }, [key, mod]) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        contents?.sendInputEvent({ type: 'keyDown', keyCode: key, modifiers: [mod] });
        contents?.sendInputEvent({ type: 'keyUp', keyCode: key, modifiers: [mod] });
      }, [keyCode, modifier] as const);
    await press('=');
    await expect(zoomLevel(page)).toHaveText('120%');
    await press('numadd');
    await expect(zoomLevel(page)).toHaveText('130%');
    await press('0');
    await expect(zoomLevel(page)).toHaveText('100%');

    const after = await measureBody(page);
    expect(after.fontSizePx).toBeCloseTo(base.fontSizePx, 1);
    expect(after.pageZoom).toBe(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.getZoomFactor())).toBe(1);
  } finally {
    await launched.close();
  }
});
