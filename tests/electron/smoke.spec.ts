/**
 * A smoke test of the real Electron app (real main process, preload and IPC), wherever the Electron binary is
 * installed. Without it (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as in CI) it says so in one line and is skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BRIDGE_NAMESPACES } from '../../src-shared/contract/bridge-lists';
import { openElectronApp } from '../e2e/harness/electron-app';
import { findElectron } from '../e2e/harness/find-runtime';

test('the real app opens its window, sandboxed, with the sample library', async () => {
  const electronPath = findElectron();
  if (!electronPath) {
    console.log('Electron smoke test skipped: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
  }
  test.skip(!electronPath, 'the Electron binary is not installed');
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-electron-'));
  const app = await openElectronApp(electronPath as string, { profileDir });
  try {
    const { page } = app;
    await page.locator('body[data-app-state="ready"]').waitFor();
    await expect(page).toHaveTitle(/Offprint/);
    // Sandboxed renderer: no Node, only the contract's bridge.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys(window.offprint).sort())).toEqual([...BRIDGE_NAMESPACES].sort());
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
    expect(app.externalRequests()).toEqual([]);
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
