/**
 * The app in real Chromium: the built renderer served on 127.0.0.1, a persistent profile (the real IndexedDB
 * library), and window.offprint backed by the real src-main/services handlers running in this Node process.
 */
import { chromium } from '@playwright/test';
import type { InvokeChannel, MainEventName, MainEvents } from '../../../src-shared/contract';
import { createBridgeHandlers } from '../../../src-main/services/bridge-handlers';
import { statfsFreeBytes } from '../../../src-main/services/backup/storage-host';
import { decodeBytes, encodeBytes } from './bytes-codec';
import { IMPORT_WORKER_SCRIPT, rendererOrigin, SAMPLE_LIBRARY_DIR } from './config';
import { join } from 'node:path';
import { GESTURE_BINDING, installGestureWatch } from './gesture-watch';
import { EMIT_HOOK, INVOKE_BINDING, INVOKE_CHANNELS, installPageBridge } from './page-bridge';
import { watchNetwork } from './network-watch';
import type { AppSession, OpenAppOptions, OpenConfirmationAnswer } from './types';

const QUIET_OFFLINE_FLAGS = [
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
  // The harness stands where Electron's main process stands: it records the person's input itself (trusted
  // pointer and key events, reported by the page-side listener below), not what the page's code says.
  let lastGestureAt = 0;
  let freeDiskBytes: number | null = null;
  const backupFolderChoices: (string | null)[] = [];
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
    trustedSitesFile: join(options.profileDir, 'trusted-sites.json'),
    sampleLibraryDir: SAMPLE_LIBRARY_DIR,
    importWorkerScript: IMPORT_WORKER_SCRIPT,
    appInfo: { name: 'Offprint', version: 'test', platform: process.platform },
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
  await page.goto(`${rendererOrigin()}/`);

  return {
    kind: 'chromium',
    page,
    context,
    close: () => context.close(),
    emit: async <E extends MainEventName>(event: E, payload: MainEvents[E]) => {
      await page.evaluate(([hook, name, value]) => {
        (window as unknown as Record<string, (e: string, p: unknown) => void>)[hook]?.(name, value);
      }, [EMIT_HOOK, event, payload] as const);
    },
    chooseOnNextImport: async (paths) => void importChoices.push(paths),
    chooseOnNextExport: async (path) => void exportChoices.push(path),
    openedExternalUrls: async () => [...openedUrls],
    answerNextOpenConfirmation: async (answer) => void confirmationAnswers.push(answer),
    openConfirmations: async () => [...confirmations],
    externalRequests,
    setFreeDiskBytes: async (bytes) => {
      freeDiskBytes = bytes;
    },
    chooseOnNextBackupFolder: async (path) => void backupFolderChoices.push(path),
  };
}
