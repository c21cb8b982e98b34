/**
 * The real app stays offline in the browser process too, and its page cannot reach anything but itself: no
 * spellcheck dictionary download (issue 11, defect 3), no file:// fetch, no remote image, no navigation away,
 * no new window. Runs wherever the Electron binary is installed; skipped here with one line.
 */
import { expect, test } from '@playwright/test';
import { electronOrSkip, launchElectron } from './support';

test('the spellchecker never downloads a dictionary', async () => {
  const electronPath = electronOrSkip('Spellcheck download test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    // Count downloads from now on too (the app's own listener logs any that began before).
    await app.evaluate(({ session }) => {
      const g = globalThis as unknown as { __downloads: string[] };
      g.__downloads = [];
      session.defaultSession.on('spellcheck-dictionary-download-begin', (_e, language) => g.__downloads.push(language));
    });
    // Typing in a text field is what makes Chromium check spelling (and load a dictionary if it has one to load).
    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'spellcheck probe');
      document.body.append(box);
    });
    await page.getByLabel('spellcheck probe').fill('Ths sentense has mispeled wrods.');
    const state = await app.evaluate(({ session }) => ({
      downloads: (globalThis as unknown as { __downloads: string[] }).__downloads,
      enabled: session.defaultSession.isSpellCheckerEnabled(),
      languages: process.platform === 'darwin' ? [] : session.defaultSession.getSpellCheckerLanguages(),
      platform: process.platform,
    }));
    expect(state.downloads).toEqual([]);
    expect(launched.stderr.filter((line) => line.includes('spellcheck dictionary download began'))).toEqual([]);
    if (state.platform === 'linux') {
      expect(state.enabled).toBe(false);
      expect(state.languages).toEqual([]);
    } else {
      expect(state.enabled).toBe(true);
    }
    expect(launched.externalRequests()).toEqual([]);
  } finally {
    await launched.close();
  }
});

test('a page that reaches for files, remote images, other pages and new windows is refused', async () => {
  const electronPath = electronOrSkip('Refused requests test');
  const launched = await launchElectron(electronPath);
  try {
    const { app, page } = launched;
    const appUrl = page.url();
    expect(appUrl).toBe('offprint://app/index.html');

    const fileFetch = await page.evaluate(() =>
      fetch('file:///etc/hosts').then(
        () => 'read',
        (error: unknown) => `refused: ${String(error)}`,
      ),
    );
    expect(fileFetch).toMatch(/^refused/);

    const remoteImage = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('refused');
          img.src = 'https://example.org/tracker.png';
        }),
    );
    expect(remoteImage).toBe('refused');

    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    // Still our page, still ready, and still allowed to call main.
    await expect(page.locator('body[data-app-state="ready"]')).toBeVisible();
    expect(page.url()).toBe(appUrl);
    expect(await page.evaluate(() => window.offprint.app.getInfo().then((r) => r.ok))).toBe(true);

    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await launched.close();
  }
});
