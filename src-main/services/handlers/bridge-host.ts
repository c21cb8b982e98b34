import type { AppInfo, NotesExportFormat, RowMenuItemId, RowMenuRequest, SidebarMenuItemId, SidebarMenuRequest } from '../../../src-shared/contract';
import type { Locale } from '../../../src-shared/i18n';
import type { OpenedFiles } from '../grants/opened-files';
import type { StorageHost } from '../backup/storage-host';

/** What the host (Electron, or the test harness) provides: the parts that need a window or the desktop. */
export interface BridgeHost {
  /** Shows the system's open dialog for files or a folder; resolves to the chosen paths, or null when cancelled. */
  chooseImportPaths(mode: 'files' | 'folder'): Promise<string[] | null>;
  /**
   * Shows the system's save dialog for a bundle (or, given a format, for an export of notes); resolves to the chosen
   * path, or null when cancelled.
   */
  chooseExportPath(suggestedName: string, notesFormat?: NotesExportFormat): Promise<string | null>;
  /** Opens an already checked and confirmed http(s) or mailto URL in the system browser (or mail app). */
  openExternal(url: string): Promise<void>;
  /**
   * When a person last pressed a mouse button or a key in the window (ms since the epoch, 0: never), as the host
   * observed the input itself: never as the page says, since the page is untrusted.
   */
  lastUserGestureAt(): number;
  /**
   * Asks the person whether to open this URL, in a native dialog that shows the whole of it (Open / Cancel), with
   * "Always open links to this site" for a web link (`site` is its origin; null for mailto).
   */
  confirmOpenExternal(request: { url: string; site: string | null }): Promise<{ open: boolean; alwaysOpenSite: boolean }>;
  /** Files the system asked the app to open (Open with…, a second launch), waiting for the renderer to take them. */
  openedFiles: OpenedFiles;
  /** The JSON file (in the app's user data) that remembers the sites the person always opens. */
  trustedSitesFile: string;
  /** The folder of the sample library shipped in resources/. */
  sampleLibraryDir: string;
  /**
   * True only in the test harness, whose pages are served on 127.0.0.1: Download article text may then reach this
   * computer. The app never sets it, so a download goes only to the web (fetch-article/local-network.ts).
   */
  downloadsReachLocalNetwork?: boolean;
  /** The built import worker (out/main/import-worker.js), or null to parse in this thread. */
  importWorkerScript: string | null;
  appInfo: AppInfo;
  /** The JSON file in the profile that records what last opened the library (the version guard). */
  libraryRecordFile: string;
  /** The Electron and Chromium versions running (the harness: its Chromium's, and no Electron). */
  runtimeVersions: { electron: string; chromium: string };
  /** Shows the system's open dialog for one `.offprint` bundle to restore from; null when cancelled. */
  chooseRestoreFile(): Promise<string | null>;
  /**
   * Opens a file main wrote in the system's default app for it (the PDF viewer), as Electron's shell.openPath:
   * resolves to '' when it opened, else to the system's error message.
   */
  openPath(file: string): Promise<string>;
  /** Shows a folder in the system's file manager. */
  showFolder(folder: string): Promise<void>;
  /**
   * Shows the library row's native context menu (labels from main's messages: services/context-menu/row-menu.ts)
   * at the pointer; resolves to the chosen item, or null when the menu is dismissed.
   */
  popupRowMenu(request: RowMenuRequest): Promise<RowMenuItemId | null>;
  /**
   * Shows the native context menu of a sidebar tag or collection (labels from main's messages:
   * services/context-menu/sidebar-menu.ts) at the pointer; resolves to the chosen item, or null when dismissed.
   */
  popupSidebarMenu(request: SidebarMenuRequest): Promise<SidebarMenuItemId | null>;
  /** Quits the app. */
  quit(): void;
  /** The interface's language, as the renderer resolved it: main's menus and dialogs follow it and main keeps it. */
  setLanguage(locale: Locale): void;
  /** The profile folder, free space (fs.statfs), the backup folder dialog, the Electron version: backups and disk checks. */
  storage: StorageHost;
}
