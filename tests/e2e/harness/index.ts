/**
 * openApp({ profileDir }) → { page, close, … }: the one way end-to-end tests start Offprint.
 * In Chromium (preferred) or, where only Electron is installed, in the real app. Every request that would leave
 * 127.0.0.1 is blocked and recorded: `externalRequests()` lists them, and an offline app expects none.
 */
import { openChromiumApp } from './chromium-app';
import { openElectronApp } from './electron-app';
import { findRuntime } from './find-runtime';
import type { AppSession, OpenAppOptions } from './types';

export type { AppSession, OpenAppOptions } from './types';

export async function openApp(options: OpenAppOptions): Promise<AppSession> {
  const runtime = findRuntime();
  const session =
    runtime.kind === 'chromium'
      ? await openChromiumApp(runtime.executablePath, options)
      : await openElectronApp(runtime.executablePath, options);
  // The app's own signal: the library is loaded (and the first-run import finished).
  await session.page.locator(`body[data-app-state="${options.expectState ?? 'ready'}"]`).waitFor({ timeout: 30_000 });
  return session;
}
