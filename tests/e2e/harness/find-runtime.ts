/**
 * Which runtime the end-to-end tests drive: a Chromium (CHROMIUM_PATH, a system Chromium or Chrome, or
 * Playwright's own browser), else the real Electron app where its binary is installed, else nothing (one line
 * saying what to install).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

export type Runtime = { kind: 'chromium'; executablePath: string } | { kind: 'electron'; executablePath: string };

const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib/chromium/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['LOCALAPPDATA'] ?? 'C:\\', 'Chromium\\Application\\chrome.exe'),
  ],
};

export function findBrowser(): string | null {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of SYSTEM_BROWSERS[process.platform] ?? []) if (existsSync(candidate)) return candidate;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : null;
}

/** The Electron binary path where `npm install` downloaded it; null when it was skipped. */
export function findElectron(): string | null {
  try {
    const path: unknown = createRequire(join(process.cwd(), 'package.json'))('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function findRuntime(): Runtime {
  const forced = process.env['OFFPRINT_E2E_RUNTIME'];
  const browser = forced === 'electron' ? null : findBrowser();
  if (browser) return { kind: 'chromium', executablePath: browser };
  const electron = forced === 'chromium' ? null : findElectron();
  if (electron) return { kind: 'electron', executablePath: electron };
  throw new Error(
    'No browser for the end-to-end tests: install Chromium (Debian: `apt-get install chromium`) or set CHROMIUM_PATH, or run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD so the Electron binary is there.',
  );
}
