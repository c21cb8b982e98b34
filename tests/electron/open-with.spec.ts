/**
 * Open with… in the real app: a file in argv at a cold start is imported (main queues it, the renderer takes it
 * once ready: a pull, so electron#43370's early `did-finish-load` cannot lose it), and a second launch with a file
 * hands it to the running app and exits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from '../e2e/harness/config';
import { electronOrSkip, launchElectron } from './support';

let dir = '';
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offprint-electron-open-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

function article(name: string): string {
  const file = join(dir, `${name}.md`);
  writeFileSync(file, `# ${name}\n\nThe file ${name}, opened with the app.`);
  return file;
}

test('a file the app is launched with (a cold start) is imported', async () => {
  const electronPath = electronOrSkip('Cold-start open test');
  const launched = await launchElectron(electronPath, { openWith: [article('Cold start')] });
  try {
    const items = launched.page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect(items).toHaveCount(6);
    await expect(items.filter({ hasText: 'Cold start' })).toHaveCount(1);
  } finally {
    await launched.close();
  }
});

test('a second launch with a file gives it to the running app and exits', async () => {
  const electronPath = electronOrSkip('Second-instance open test');
  const launched = await launchElectron(electronPath);
  try {
    const items = launched.page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
    await expect(items).toHaveCount(5);
    const second = spawn(electronPath, [REPO_ROOT, article('Second launch')], {
      env: { ...process.env, OFFPRINT_USER_DATA_DIR: launched.profileDir },
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    await expect(items.filter({ hasText: 'Second launch' })).toHaveCount(1);
    await expect(items).toHaveCount(6);
  } finally {
    await launched.close();
  }
});
