/**
 * The packaged app (`electron-builder --dir`, with the installed Electron as its dist so nothing is downloaded)
 * starts from its app.asar with the fuses flipped, imports its sample library through the worker threads and the
 * module worker packed inside the asar, and shows it. Runs where the Electron binary is installed (a minute or
 * two: it packages the app); skipped here with one line. Playwright's _electron needs Node's inspector, which the
 * packaged app's fuses turn off, so the test reaches the window over Chromium's DevTools protocol instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { REPO_ROOT } from '../e2e/harness/config';
import { electronOrSkip } from './support';

function packagedBinary(outDir: string): string {
  switch (process.platform) {
    case 'darwin':
      return join(outDir, `mac-${process.arch === 'arm64' ? 'arm64' : 'x64'}`, 'Offprint.app', 'Contents', 'MacOS', 'Offprint');
    case 'win32':
      return join(outDir, 'win-unpacked', 'Offprint.exe');
    default:
      return join(outDir, 'linux-unpacked', 'offprint');
  }
}

test('the packaged app starts from app.asar and imports and shows its sample library', async () => {
  test.setTimeout(300_000);
  const electronPath = electronOrSkip('Packaged app test');
  const outDir = mkdtempSync(join(tmpdir(), 'offprint-packaged-'));
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-packaged-profile-'));
  // The folder that holds the Electron binary (on macOS, the folder that holds Electron.app).
  const electronDist = process.platform === 'darwin' ? dirname(dirname(dirname(dirname(electronPath)))) : dirname(electronPath);
  try {
    execFileSync(
      process.execPath,
      [
        join(REPO_ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--dir',
        '--config',
        'electron-builder.yml',
        `-c.directories.output=${outDir}`,
        `-c.electronDist=${electronDist}`,
        '-c.mac.identity=null',
      ],
      { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    const binary = packagedBinary(outDir);
    expect(existsSync(binary), `packaged binary at ${binary}`).toBe(true);
    const child = spawn(binary, ['--remote-debugging-port=0'], {
      env: { ...process.env, OFFPRINT_USER_DATA_DIR: profileDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      // Chromium says where its DevTools endpoint listens, on stderr, once the browser process is up.
      const endpoint = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stderr?.on('data', (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
          if (found?.[1]) resolve(found[1]);
        });
        child.on('exit', (code) => reject(new Error(`the packaged app exited (${code}) before its window opened:\n${seen}`)));
      });
      const browser = await chromium.connectOverCDP(endpoint);
      const appPages = () => browser.contexts().flatMap((context) => context.pages()).filter((p) => p.url().startsWith('offprint://'));
      await expect.poll(() => appPages().length).toBeGreaterThan(0);
      const page = appPages()[0]!;
      await page.locator('body[data-app-state="ready"]').waitFor({ timeout: 60_000 });
      expect(page.url()).toBe('offprint://app/index.html');
      await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
      await browser.close();
    } finally {
      child.kill();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(profileDir, { recursive: true, force: true });
  }
});
