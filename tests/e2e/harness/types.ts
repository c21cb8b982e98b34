import type { BrowserContext, Page } from '@playwright/test';
import type { MainEventName, MainEvents, RowMenuItemId, SidebarMenuItemId } from '../../../src-shared/contract';

export interface OpenAppOptions {
  /** The profile folder: the library (IndexedDB) lives there, so reopening it is a restart. */
  profileDir: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /** Files the system opens the app with at launch (argv: a double-clicked `.offprint`, Open with…). */
  openWith?: string[];
  /**
   * Lets a benchmark inject its baseline's library into the page, and lets hostile-payloads.spec.ts show that the
   * sanitizing alone holds without the CSP. Every other test keeps the app's CSP.
   */
  bypassCSP?: boolean;
  /** The Chromium version main reports to the version guard (Chromium only; default: the browser's own). */
  chromiumVersion?: string;
  /** The app state to wait for: 'ready' (default), or 'guard' when the version guard is expected to stop it. */
  expectState?: 'ready' | 'guard';
}

export interface OpenConfirmationAnswer {
  open: boolean;
  /** Ticks "Always open links to this site". */
  alwaysOpenSite?: boolean;
}

export interface AppSession {
  kind: 'chromium' | 'electron';
  page: Page;
  context: BrowserContext;
  close(): Promise<void>;
  /** Sends an event as main would (e.g. a menu command). */
  emit<E extends MainEventName>(event: E, payload: MainEvents[E]): Promise<void>;
  /** The system asks the running app to open these files (Open with…, a second launch, macOS `open-file`). */
  openFiles(paths: string[]): Promise<void>;
  /** What the next system file dialog answers (null: the user cancels). */
  chooseOnNextImport(paths: string[] | null): Promise<void>;
  /** What the next save dialog answers (null: the user cancels). */
  chooseOnNextExport(path: string | null): Promise<void>;
  /** URLs the app asked the system browser to open (after the person confirmed, or for a trusted site). */
  openedExternalUrls(): Promise<string[]>;
  /** How the person answers the next "Open this link?" confirmation. Unanswered, a confirmation is cancelled. */
  answerNextOpenConfirmation(answer: OpenConfirmationAnswer): Promise<void>;
  /** The URL of every "Open this link?" confirmation shown so far. */
  openConfirmations(): Promise<string[]>;
  /** What the next "Restore from a bundle" open dialog answers (null: the user cancels). */
  chooseOnNextRestore(path: string | null): Promise<void>;
  /** The folders main was asked to show in the file manager. */
  shownFolders(): Promise<string[]>;
  /** The files main opened in the system's viewer (Open the original PDF), each with its bytes as main wrote it. */
  viewedFiles(): Promise<{ path: string; bytes: Uint8Array }[]>;
  /** The next file main opens in the system's viewer fails with this message, as Electron's shell.openPath reports. */
  failNextOpenPath(message: string): Promise<void>;
  /** How many times the app was asked to quit. */
  quitRequests(): Promise<number>;
  /** The application menu's top-level labels (File, Edit, …, without `&`), in the language main was told. */
  menuBarLabels(): Promise<string[]>;
  /** Every request that tried to leave this machine (blocked and recorded). */
  externalRequests(): string[];
  /**
   * The free disk space main's host reports from now on (null: the real `fs.statfs`), to simulate a full disk.
   * The Chromium harness only: Electron's main asks the real disk.
   */
  setFreeDiskBytes(bytes: number | null): Promise<void>;
  /** What the next "Keep backups in…" folder dialog answers (null: the user cancels). */
  chooseOnNextBackupFolder(path: string | null): Promise<void>;
  /** What the person chooses in the next library row menu (null: dismisses it). Unanswered, a menu is dismissed. */
  chooseOnNextRowMenu(item: RowMenuItemId | null): Promise<void>;
  /** The enabled labels of every library row menu shown so far, in the language main was told. */
  shownRowMenus(): Promise<string[][]>;
  /** What the person chooses in the next sidebar tag or collection menu (null: dismisses it). Unanswered, it is dismissed. */
  chooseOnNextSidebarMenu(item: SidebarMenuItemId | null): Promise<void>;
  /** The enabled labels of every sidebar tag or collection menu shown so far, in the language main was told. */
  shownSidebarMenus(): Promise<string[][]>;
}
