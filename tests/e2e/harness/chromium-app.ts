/**
 * The app in real Chromium: the built renderer served on 127.0.0.1, a persistent profile (the real IndexedDB
 * library), and window.offprint backed by the real src-main/services handlers running in this Node process.
 */
import { chromium } from '@playwright/test';
import type { InvokeChannel, MainEventName, MainEvents, RowMenuItemId, SidebarMenuItemId } from '../../../src-shared/contract';
import { createI18n, type Locale } from '../../../src-shared/i18n';
import { createBridgeHandlers } from '../../../src-main/services/bridge-handlers';
import { OpenedFiles } from '../../../src-main/services/grants/opened-files';
import { statfsFreeBytes } from '../../../src-main/services/backup/storage-host';
import { buildRowMenu } from '../../../src-main/services/context-menu/row-menu';
import { buildSidebarMenu } from '../../../src-main/services/context-menu/sidebar-menu';
import { decodeBytes, encodeBytes } from './bytes-codec';
import { IMPORT_WORKER_SCRIPT, rendererOrigin, SAMPLE_LIBRARY_DIR } from './config';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GESTURE_BINDING, installGestureWatch } from './gesture-watch';
import { EMIT_HOOK, INVOKE_BINDING, INVOKE_CHANNELS, installPageBridge } from './page-bridge';
import { MENU_BAR_KEYS, withoutAccessKey } from './menu-labels';
import { watchNetwork } from './network-watch';
import type { AppSession, OpenAppOptions, OpenConfirmationAnswer } from './types';

export const QUIET_OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export async function openChromiumApp(executablePath: string, options: OpenAppOptions): Promise<AppSession> {
  const importChoices: (string[] | null)[] = [];
  const exportChoices: (string | null)[] = [];
  const openedUrls: string[] = [];
  const confirmationAnswers: OpenConfirmationAnswer[] = [];
  const confirmations: string[] = [];
  const restoreChoices: (string | null)[] = [];
  const shownFolders: string[] = [];
  // The files main opened in the system's viewer (Open the original PDF), with their bytes as main wrote them.
  const viewedFiles: { path: string; bytes: Uint8Array }[] = [];
  const openPathFailures: string[] = [];
  let quitRequests = 0;
  // The language the renderer told main (`app:setLanguage`): the harness has no native menu, so it names the
  // menu bar from the same messages main's menu is built from.
  let mainLocale: Locale = 'en';
  // Filled in once the browser runs: the guard compares this Chromium with the one recorded.
  const runtimeVersions = { electron: 'none (Chromium test harness)', chromium: options.chromiumVersion ?? '' };
  // The harness stands where Electron's main process stands: it records the person's input itself (trusted
  // pointer and key events, reported by the page-side listener below), not what the page's code says.
  let lastGestureAt = 0;
  // Main's queue of files opened with the app, as Electron fills it from argv, `open-file` and a second instance.
  const openedFiles = new OpenedFiles();
  openedFiles.add(options.openWith ?? []);
  let freeDiskBytes: number | null = null;
  const backupFolderChoices: (string | null)[] = [];
  // The row menus main was asked to show (their enabled labels, as main builds them), and what the person chooses.
  const rowMenuChoices: (RowMenuItemId | null)[] = [];
  const rowMenus: string[][] = [];
  // The same for the sidebar's tag and collection menus.
  const sidebarMenuChoices: (SidebarMenuItemId | null)[] = [];
  const sidebarMenus: string[][] = [];
  /** What the person chooses in a menu main built: an enabled item, or nothing (null). */
  const answer = <Id extends string>(entries: { id: Id; label: string; enabled: boolean }[], shown: string[][], choice: Id | null | undefined) => {
    shown.push(entries.filter((entry) => entry.enabled).map((entry) => entry.label));
    return entries.some((entry) => entry.id === choice && entry.enabled) ? (choice ?? null) : null;
  };
  const handlers = createBridgeHandlers({
    chooseImportPaths: async () => importChoices.shift() ?? null,
    chooseExportPath: async () => exportChoices.shift() ?? null,
    openExternal: async (url) => void openedUrls.push(url),
    lastUserGestureAt: () => lastGestureAt,
    confirmOpenExternal: async ({ url }) => {
      confirmations.push(url);
      const answer = confirmationAnswers.shift() ?? { open: false };
      return { open: answer.open, alwaysOpenSite: answer.open && Boolean(answer.alwaysOpenSite) };
    },
    openedFiles,
    trustedSitesFile: join(options.profileDir, 'trusted-sites.json'),
    sampleLibraryDir: SAMPLE_LIBRARY_DIR,
    importWorkerScript: IMPORT_WORKER_SCRIPT,
    // The download-text spec serves its pages on 127.0.0.1; the app never reaches this computer.
    downloadsReachLocalNetwork: true,
    appInfo: { name: 'Offprint', version: 'test', platform: process.platform },
    libraryRecordFile: join(options.profileDir, 'library-record.json'),
    runtimeVersions,
    chooseRestoreFile: async () => restoreChoices.shift() ?? null,
    // As Electron's shell.openPath on a file: '' when it opened, else the system's message (set by a test).
    openPath: async (file) => {
      const failure = openPathFailures.shift();
      if (failure) return failure;
      viewedFiles.push({ path: file, bytes: new Uint8Array(readFileSync(file)) });
      return '';
    },
    // As Electron's shell.openPath, which fails on a folder that is not there: a folder shown is one that exists.
    showFolder: async (folder) => {
      if (!existsSync(folder)) throw new Error(`Failed to open path ${folder}`);
      shownFolders.push(folder);
    },
    popupRowMenu: async (request) => answer(buildRowMenu(request, createI18n(mainLocale).getFixedT(null, 'menu')), rowMenus, rowMenuChoices.shift()),
    popupSidebarMenu: async (request) =>
      answer(buildSidebarMenu(request, createI18n(mainLocale).getFixedT(null, 'menu')), sidebarMenus, sidebarMenuChoices.shift()),
    quit: () => void (quitRequests += 1),
    setLanguage: (locale) => {
      mainLocale = locale;
    },
    // Main's own files (backups, their state) go where Electron's would: the profile folder.
    storage: {
      profileDir: options.profileDir,
      freeBytes: async (folder) => freeDiskBytes ?? statfsFreeBytes(folder),
      chooseBackupFolder: async () => backupFolderChoices.shift() ?? null,
      electronVersion: 'chromium-harness',
    },
  });

  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath,
    headless: !process.env['OFFPRINT_HEADED'],
    args: QUIET_OFFLINE_FLAGS,
    viewport: options.viewport ?? { width: 1100, height: 800 },
    bypassCSP: options.bypassCSP ?? false,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'UTC',
  });
  await context.exposeBinding(INVOKE_BINDING, async (_source, channel: string, args: unknown) => {
    if (!(INVOKE_CHANNELS as readonly string[]).includes(channel)) {
      return { ok: false, error: { code: 'invalid-argument', message: `Unknown channel ${channel}` } };
    }
    const decoded = decodeBytes(args);
    return encodeBytes(await handlers[channel as InvokeChannel](...(Array.isArray(decoded) ? decoded : [])));
  });
  await context.exposeBinding(GESTURE_BINDING, () => {
    lastGestureAt = Date.now();
  });
  await context.addInitScript(installGestureWatch, GESTURE_BINDING);
  await context.addInitScript(installPageBridge, {
    channels: [...INVOKE_CHANNELS],
    binding: INVOKE_BINDING,
    emitHook: EMIT_HOOK,
  });

  const externalRequests = await watchNetwork(context);
  const page = context.pages()[0] ?? (await context.newPage());
  if (!runtimeVersions.chromium) {
    runtimeVersions.chromium = /Chrome\/([\d.]+)/.exec(await page.evaluate(() => navigator.userAgent))?.[1] ?? '';
  }
  await page.goto(`${rendererOrigin()}/`);

  const emit = async <E extends MainEventName>(event: E, payload: MainEvents[E]) => {
    await page.evaluate(([hook, name, value]) => {
      (window as unknown as Record<string, (e: string, p: unknown) => void>)[hook]?.(name, value);
    }, [EMIT_HOOK, event, payload] as const);
  };
  // As src-main/app/open-files.ts: the window is only told that files arrived; it takes them itself.
  openedFiles.onAdded(() => void emit('app:files-opened', null).catch(() => undefined));

  return {
    kind: 'chromium',
    page,
    context,
    close: () => context.close(),
    emit,
    openFiles: async (paths) => openedFiles.add(paths),
    chooseOnNextImport: async (paths) => void importChoices.push(paths),
    chooseOnNextExport: async (path) => void exportChoices.push(path),
    openedExternalUrls: async () => [...openedUrls],
    answerNextOpenConfirmation: async (answer) => void confirmationAnswers.push(answer),
    openConfirmations: async () => [...confirmations],
    chooseOnNextRestore: async (path) => void restoreChoices.push(path),
    shownFolders: async () => [...shownFolders],
    viewedFiles: async () => [...viewedFiles],
    failNextOpenPath: async (message) => void openPathFailures.push(message),
    quitRequests: async () => quitRequests,
    menuBarLabels: async () => {
      const i18n = createI18n(mainLocale);
      return MENU_BAR_KEYS.map((key) => withoutAccessKey(i18n.t(key, { ns: 'menu' })));
    },
    externalRequests,
    setFreeDiskBytes: async (bytes) => {
      freeDiskBytes = bytes;
    },
    chooseOnNextBackupFolder: async (path) => void backupFolderChoices.push(path),
    chooseOnNextRowMenu: async (item) => void rowMenuChoices.push(item),
    shownRowMenus: async () => rowMenus.map((labels) => [...labels]),
    chooseOnNextSidebarMenu: async (item) => void sidebarMenuChoices.push(item),
    shownSidebarMenus: async () => sidebarMenus.map((labels) => [...labels]),
  };
}
