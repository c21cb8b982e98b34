/**
 * The end-to-end test fixture: a fresh profile folder per test, `launch()` to open (and reopen) the app on it
 * through the harness, and after every test the check that no request left 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { openApp, type AppSession, type OpenAppOptions } from './harness';

interface Fixtures {
  profileDir: string;
  launch: (options?: Partial<OpenAppOptions>) => Promise<AppSession>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'offprint-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  launch: async ({ profileDir }, use) => {
    const sessions: AppSession[] = [];
    await use(async (options) => {
      const session = await openApp({ profileDir, ...options });
      sessions.push(session);
      return session;
    });
    for (const session of sessions) await session.close().catch(() => undefined);
    const leaked = sessions.flatMap((s) => s.externalRequests());
    expect(leaked, 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };
