/**
 * Smoke tests of the real Electron app (real main process, preload and IPC), wherever the Electron binary is
 * installed; without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI) each says so in one line and is skipped.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BRIDGE_NAMESPACES, INVOKE_CHANNELS, MAIN_EVENTS } from '../../src-shared/contract/bridge-lists';
import { REPO_ROOT } from '../e2e/harness/config';
import { electronOrSkip, launchElectron } from './support';

test('the real app opens its window, sandboxed, with the sample library and exactly the contract’s bridge', async () => {
  const electronPath = electronOrSkip('Electron smoke test');
  const launched = await launchElectron(electronPath);
  try {
    const { page } = launched;
    await expect(page).toHaveTitle(/Offprint/);
    expect(page.url()).toBe('offprint://app/index.html');
    // Sandboxed renderer: no Node, only the contract's bridge.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.offprint).sort())).toEqual([...BRIDGE_NAMESPACES].sort());
    const missing = await page.evaluate((channels) => {
      const api = window.offprint as unknown as Record<string, Record<string, unknown>>;
      return channels.filter((channel) => {
        const [ns, fn] = channel.split(':') as [string, string];
        return typeof api[ns]?.[fn] !== 'function';
      });
    }, [...INVOKE_CHANNELS]);
    expect(missing).toEqual([]);
    // The preload-only channel is not on the page, and objects that are not dropped files get no path (a page
    // cannot make main grant it a path by naming one).
    expect(await page.evaluate(() => Object.keys(window.offprint.files))).toEqual(['grantDropped']);
    const forged = await page.evaluate(() =>
      window.offprint.files.grantDropped([{ name: 'id_rsa', size: 1, path: '/home/me/.ssh/id_rsa' } as never, new File(['x'], 'made.md')]),
    );
    expect(forged).toEqual({ ok: true, value: { grant: null, withoutPath: [0, 1] } });
    // Every event of the contract can be listened to; any other is refused by the preload.
    const events = await page.evaluate((names) => {
      const on = window.offprint.events.on as (event: string, listener: () => void) => () => void;
      const subscribed = names.filter((name) => {
        const off = on(name, () => undefined);
        off();
        return true;
      });
      let unknownRefused = false;
      try {
        on('app:not-an-event', () => undefined);
      } catch {
        unknownRefused = true;
      }
      return { subscribed, unknownRefused };
    }, [...MAIN_EVENTS]);
    expect(events).toEqual({ subscribed: [...MAIN_EVENTS], unknownRefused: true });
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
    expect(launched.externalRequests()).toEqual([]);
  } finally {
    await launched.close();
  }
});

test('the app installed under a folder named "Off~print [x]" loads its own files and may call main', async () => {
  const electronPath = electronOrSkip('Awkward install folder test');
  // What file:// URLs got wrong (Node writes ~ as %7E, Chromium keeps it; brackets): a blank window before.
  const base = mkdtempSync(join(tmpdir(), 'offprint-install-'));
  const appDir = join(base, 'Off~print [x]', 'app');
  cpSync(join(REPO_ROOT, 'out'), join(appDir, 'out'), { recursive: true });
  cpSync(join(REPO_ROOT, 'package.json'), join(appDir, 'package.json'));
  cpSync(join(REPO_ROOT, 'resources', 'sample-library'), join(appDir, 'resources', 'sample-library'), { recursive: true });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(appDir, 'node_modules'), 'junction');
  const launched = await launchElectron(electronPath, { appDir });
  try {
    const { app, page } = launched;
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getAppPath())).toContain('Off~print [x]');
    expect(page.url()).toBe('offprint://app/index.html');
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
    expect(await page.evaluate(() => window.offprint.app.getInfo().then((result) => result.ok))).toBe(true);
    expect(launched.externalRequests()).toEqual([]);
  } finally {
    await launched.close();
    rmSync(base, { recursive: true, force: true });
  }
});
