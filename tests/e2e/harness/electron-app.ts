/**
 * The real app through Playwright's _electron, for machines with the Electron binary but no Chromium: real
 * preload, real IPC, the profile in a temporary user-data folder (OFFPRINT_USER_DATA_DIR).
 */
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import type { MainEventName, MainEvents } from '../../../src-shared/contract';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './config';
import { withoutAccessKey } from './menu-labels';
import { watchNetwork } from './network-watch';
import type { AppSession, OpenAppOptions } from './types';

export async function openElectronApp(executablePath: string, options: OpenAppOptions): Promise<AppSession> {
  const app = await electron.launch({
    executablePath,
    // `electron .`: package.json's main (out/main/index.js), with the repository as the app path.
    // The same locale and time zone as the Chromium runtime gets (--lang sets app.getLocale() and
    // navigator.language; TZ the time zone of the main and renderer processes).
    args: [`--lang=${options.locale ?? 'en-GB'}`, REPO_ROOT, ...(options.openWith ?? [])],
    env: { ...process.env, OFFPRINT_USER_DATA_DIR: options.profileDir, TZ: 'UTC' } as Record<string, string>,
  });
  const externalRequests = await watchNetwork(app.context());
  await app.evaluate(({ shell, app: electronApp }) => {
    // Folders shown and quits asked for are recorded, not done (the version guard's buttons).
    const g = globalThis as unknown as { __offprintShown: string[]; __offprintQuits: number; __offprintQuit: () => void };
    g.__offprintShown = [];
    g.__offprintQuits = 0;
    // A file main opens in the viewer is recorded the same way (the test reads its bytes); a failure set by the
    // test is answered as Electron's shell.openPath answers one: with the system's message.
    const failures: string[] = [];
    (g as unknown as { __offprintFailOpen: string[] }).__offprintFailOpen = failures;
    shell.openPath = async (folder: string) => failures.shift() ?? (g.__offprintShown.push(folder), '');
    // Playwright closes the app with app.quit(): the real one is put back before closing.
    g.__offprintQuit = electronApp.quit.bind(electronApp);
    electronApp.quit = () => void (g.__offprintQuits += 1);
  });
  await app.evaluate(({ shell }) => {
    // Tests never open a real browser: record the URL instead.
    shell.openExternal = async (url: string) => {
      (globalThis as unknown as { __offprintOpened?: string[] }).__offprintOpened ??= [];
      (globalThis as unknown as { __offprintOpened: string[] }).__offprintOpened.push(url);
    };
  });
  await app.evaluate(({ Menu }) => {
    // A right-click never leaves a native context menu open over the page (it would take the next click): the
    // menu main built is kept instead, as the browser harness has none (tests/electron/ looks at it).
    // A library row's menu (its items have the contract's row ids) takes the next scripted choice and closes; a
    // sidebar tag's or collection's menu (it has Rename) the same, from its own queue.
    const g = globalThis as unknown as {
      __offprintMenus?: Electron.Menu[];
      __offprintMenuChoices?: Record<'row' | 'sidebar', (string | null)[]>;
      __offprintShownMenus?: Record<'row' | 'sidebar', string[][]>;
    };
    Menu.prototype.popup = function popup(this: Electron.Menu, options?: Electron.PopupOptions) {
      (g.__offprintMenus ??= []).push(this);
      const rowIds = ['open', 'add-to-collection', 'export', 'delete'];
      const kind = this.items.some((entry) => entry.id === 'rename') ? 'sidebar' : this.items.some((entry) => rowIds.includes(entry.id)) ? 'row' : null;
      if (kind === null) return;
      (g.__offprintShownMenus ??= { row: [], sidebar: [] })[kind].push(this.items.filter((entry) => entry.enabled).map((entry) => entry.label));
      const choice = (g.__offprintMenuChoices ??= { row: [], sidebar: [] })[kind].shift() ?? null;
      const chosen = choice === null ? null : this.getMenuItemById(choice);
      if (chosen?.enabled) chosen.click();
      options?.callback?.();
    };
  });
  const page = await app.firstWindow();
  if (options.viewport) await page.setViewportSize(options.viewport);
  return {
    kind: 'electron',
    page,
    context: app.context(),
    close: async () => {
      await app
        .evaluate(({ app: electronApp }) => {
          electronApp.quit = (globalThis as unknown as { __offprintQuit: () => void }).__offprintQuit;
        })
        .catch(() => undefined);
      await app.close();
    },
    externalRequests,
    emit: async <E extends MainEventName>(event: E, payload: MainEvents[E]) => {
      await app.evaluate(({ BrowserWindow }, [name, value]) => {
        BrowserWindow.getAllWindows()[0]?.webContents.send(name, value);
      }, [event, payload] as const);
    },
    // As the system does for a second launch with files: main's `second-instance` handler queues them.
    openFiles: async (paths) => {
      await app.evaluate(({ app: electronApp }, [root, opened]) => {
        electronApp.emit('second-instance', { preventDefault() {} }, ['electron', root, ...opened], process.cwd(), {});
      }, [REPO_ROOT, paths] as const);
    },
    chooseOnNextImport: async (paths) => {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: chosen === null, filePaths: chosen ?? [] })) as never;
      }, paths);
    },
    chooseOnNextExport: async (path) => {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showSaveDialog = (async () => ({ canceled: chosen === null, filePath: chosen ?? '' })) as never;
      }, path);
    },
    chooseOnNextRestore: async (path) => {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: chosen === null, filePaths: chosen ? [chosen] : [] })) as never;
      }, path);
    },
    shownFolders: () => app.evaluate(() => [...(globalThis as unknown as { __offprintShown: string[] }).__offprintShown]),
    viewedFiles: async () => {
      const shown = await app.evaluate(() => [...(globalThis as unknown as { __offprintShown: string[] }).__offprintShown]);
      return shown.filter((file) => file.endsWith('.pdf')).map((file) => ({ path: file, bytes: new Uint8Array(readFileSync(file)) }));
    },
    failNextOpenPath: (message) =>
      app.evaluate((_electron, text) => void (globalThis as unknown as { __offprintFailOpen: string[] }).__offprintFailOpen.push(text), message),
    // The real application menu, as main rebuilt it for the language (macOS's first menu is the app's name).
    menuBarLabels: async () => {
      const labels = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((entry) => entry.label) ?? []);
      return labels.slice(process.platform === 'darwin' ? 1 : 0).map(withoutAccessKey);
    },
    quitRequests: () => app.evaluate(() => (globalThis as unknown as { __offprintQuits: number }).__offprintQuits),
    // The confirmation is main's native dialog: answered here by replacing dialog.showMessageBox, once per answer.
    answerNextOpenConfirmation: async (answer) => {
      await app.evaluate(({ dialog }, { open, alwaysOpenSite }) => {
        const g = globalThis as unknown as { __offprintAnswers?: { open: boolean; alwaysOpenSite: boolean }[]; __offprintAsked?: string[] };
        g.__offprintAnswers ??= [];
        g.__offprintAnswers.push({ open, alwaysOpenSite: Boolean(alwaysOpenSite) });
        dialog.showMessageBox = (async (...args: unknown[]) => {
          const options = args[args.length - 1] as { detail?: string };
          (g.__offprintAsked ??= []).push(options.detail ?? '');
          const next = g.__offprintAnswers?.shift() ?? { open: false, alwaysOpenSite: false };
          return { response: next.open ? 0 : 1, checkboxChecked: next.alwaysOpenSite };
        }) as never;
      }, answer);
    },
    openConfirmations: () =>
      app.evaluate(() => [...((globalThis as unknown as { __offprintAsked?: string[] }).__offprintAsked ?? [])]),
    setFreeDiskBytes: async () => {
      throw new Error('A full disk can be simulated only in the Chromium harness: Electron’s main asks the real disk.');
    },
    chooseOnNextBackupFolder: async (path) => {
      await app.evaluate(({ dialog }, chosen) => {
        dialog.showOpenDialog = (async () => ({ canceled: chosen === null, filePaths: chosen === null ? [] : [chosen] })) as never;
      }, path);
    },
    chooseOnNextRowMenu: (item) => chooseOnNextMenu(app, 'row', item),
    shownRowMenus: () => shownMenus(app, 'row'),
    chooseOnNextSidebarMenu: (item) => chooseOnNextMenu(app, 'sidebar', item),
    shownSidebarMenus: () => shownMenus(app, 'sidebar'),
    openedExternalUrls: () =>
      app.evaluate(() => [...((globalThis as unknown as { __offprintOpened?: string[] }).__offprintOpened ?? [])]),
  };
}

type MenuKind = 'row' | 'sidebar';

/** The next choice in a row or sidebar menu main pops up (the replaced Menu.prototype.popup above takes it). */
async function chooseOnNextMenu(app: ElectronApplication, kind: MenuKind, item: string | null): Promise<void> {
  await app.evaluate((_electron, [which, choice]) => {
    const g = globalThis as unknown as { __offprintMenuChoices?: Record<MenuKind, (string | null)[]> };
    (g.__offprintMenuChoices ??= { row: [], sidebar: [] })[which].push(choice);
  }, [kind, item] as const);
}

/** The enabled labels of every row or sidebar menu main has popped up. */
function shownMenus(app: ElectronApplication, kind: MenuKind): Promise<string[][]> {
  return app.evaluate((_electron, which) => {
    const g = globalThis as unknown as { __offprintShownMenus?: Record<MenuKind, string[][]> };
    return [...(g.__offprintShownMenus?.[which] ?? [])];
  }, kind);
}
