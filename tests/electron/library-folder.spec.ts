/**
 * Help → Show Library Folder in the real app: main opens its own profile folder (where the library and the
 * Backups folder are) in the system's file manager, and says so with the folder's path when the system cannot.
 * The file manager is not opened for real: `shell.openPath` is replaced in main to record the folder.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { electronOrSkip, launchElectron } from './support';

type Recorded = { __opened: string[]; __boxes: { message?: string; detail?: string }[] };

test('Help → Show Library Folder opens the profile folder, and says where it is when the system cannot', async () => {
  const electronPath = electronOrSkip('Show Library Folder test');
  const launched = await launchElectron(electronPath);
  try {
    const { app } = launched;
    const userData = await app.evaluate(({ app: electronApp, dialog, shell }) => {
      const g = globalThis as unknown as Recorded & { __problem: string };
      g.__opened = [];
      g.__boxes = [];
      g.__problem = '';
      shell.openPath = (async (path: string) => {
        g.__opened.push(path);
        return g.__problem;
      }) as typeof shell.openPath;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        g.__boxes.push(args.at(-1) as { message?: string; detail?: string });
        return { response: 0, checkboxChecked: false };
      }) as never;
      return electronApp.getPath('userData');
    });
    const choose = () =>
      app.evaluate(({ Menu }) => {
        Menu.getApplicationMenu()!.getMenuItemById('show-library-folder')!.click();
      });
    await choose();
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as Recorded).__opened)).toEqual([userData]);
    expect(existsSync(userData)).toBe(true);

    await app.evaluate(() => {
      (globalThis as unknown as { __problem: string }).__problem = 'No application is registered for folders';
    });
    await choose();
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as Recorded).__boxes.length)).toBe(1);
    const [box] = await app.evaluate(() => (globalThis as unknown as Recorded).__boxes);
    expect(box?.message).toBe('Offprint could not open the library folder in your file manager.');
    expect(box?.detail).toContain(userData);
  } finally {
    await launched.close();
  }
});
