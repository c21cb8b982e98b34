/**
 * The real Electron app for the tests in tests/electron/: launched from any folder (the repository, or a copy
 * installed under an awkward name), with its profile in a temporary folder and what main writes to stderr kept.
 * Where the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as here and in CI) each test says
 * so in one line and is skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page, test } from '@playwright/test';
import { REPO_ROOT } from '../e2e/harness/config';
import { findElectron } from '../e2e/harness/find-runtime';
import { watchNetwork } from '../e2e/harness/network-watch';

/**
 * The reason a reader can check when these tests do not run: `require('electron')` names no binary, because
 * `npm ci` ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (CI, and machines that cannot reach Electron's downloads).
 * A plain `npm install` downloads the binary, and then these tests run.
 */
export const NO_ELECTRON_REASON =
  "the Electron binary is not installed (node_modules/electron has no dist/: installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1; run 'npm install' with network access to get it)";

/**
 * The Electron binary, or a skip with one line saying why (call it first in a test). Where a run asked for
 * Electron (OFFPRINT_E2E_RUNTIME=electron), a missing binary fails the test instead: never a silent skip. A
 * present binary is always used, in CI too.
 */
export function electronOrSkip(what: string): string {
  const path = findElectron();
  if (!path && process.env['OFFPRINT_E2E_RUNTIME'] === 'electron') {
    throw new Error(`${what}: OFFPRINT_E2E_RUNTIME=electron, but ${NO_ELECTRON_REASON}.`);
  }
  if (!path) console.log(`${what}: skipped, ${NO_ELECTRON_REASON}.`);
  test.skip(!path, NO_ELECTRON_REASON);
  return path as string;
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  /** Lines main wrote to stderr ([offprint] warnings among them). */
  stderr: string[];
  /** The profile folder (OFFPRINT_USER_DATA_DIR): a second launch on it meets the single-instance lock. */
  profileDir: string;
  externalRequests(): string[];
  close(): Promise<void>;
}

export async function launchElectron(
  executablePath: string,
  options: { appDir?: string; env?: Record<string, string>; openWith?: string[] } = {},
): Promise<LaunchedApp> {
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-electron-'));
  const app = await electron.launch({
    executablePath,
    // `electron <folder>`: that folder's package.json main (out/main/index.js) is the app.
    // Files after it are what the system opens the app with (Windows and Linux put them in argv).
    args: [options.appDir ?? REPO_ROOT, ...(options.openWith ?? [])],
    env: { ...process.env, OFFPRINT_USER_DATA_DIR: profileDir, ...options.env } as Record<string, string>,
  });
  const stderr: string[] = [];
  app.process().stderr?.on('data', (chunk: Buffer) => stderr.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const externalRequests = await watchNetwork(app.context());
  const page = await app.firstWindow();
  await page.locator('body[data-app-state="ready"]').waitFor({ timeout: 30_000 });
  return {
    app,
    page,
    stderr,
    profileDir,
    externalRequests,
    close: async () => {
      await app.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
