/**
 * The one contract between main, preload, renderer and tests: every call the renderer may make.
 * The preload implements it over ipcRenderer.invoke (`satisfies OffprintApi`), the renderer's `window.offprint`
 * has this type, and the end-to-end test bridge implements the same calls over Playwright bindings.
 */
import type { ExportedArticle } from './article';
import type { ContextMenuTarget } from './context-menu';
import type { RowMenuItemId, RowMenuRequest } from './row-menu';
import type { SidebarMenuItemId, SidebarMenuRequest } from './sidebar-menu';
import type { BackupEntry, BackupFinished, BackupFolder, BackupRequest, BackupStarted, BackupStatus, LibrarySnapshot } from './backup';
import type { MainEventName, MainEvents } from './events';
import type { ExportFinished, ExportRequest, ExportStarted } from './export-job';
import type { DropGrant, ImportChunk, ImportJobStarted, ImportSource, LinkToDownload, PathGrant } from './import-job';
import type { NotesExportRequest, NotesExportSaved } from './notes-export';
import type {
  LibraryGuard,
  LibraryOpened,
  ReadOnlyBackupStarted,
  RestoreContents,
  RestoreFileChosen,
  RestoreSource,
  RestoreSpace,
  SafetyBackupStarted,
} from './restore';
import type { Result } from './result';

/**
 * A file the user dropped on the window, as the page holds it (a DOM `File`): the contract names only what it
 * needs, so that it stays free of DOM types.
 */
export interface DroppedFileHandle {
  readonly name: string;
  readonly size: number;
}

/**
 * What the page may know about the app. No paths: the page is untrusted (every article is), and nothing in the
 * interface shows where the profile lives, so the absolute profile path is not sent to it.
 */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

export interface OffprintApi {
  import: {
    /**
     * Opens the system's open dialog for files or a folder: resolves to a grant for what the person chose (main
     * keeps the paths), or null when they cancel.
     */
    choose(mode: 'files' | 'folder'): Promise<Result<PathGrant | null>>;
    /**
     * The files the system asked the app to open since the last call (Open with…, a double-clicked `.offprint`,
     * a second launch), as one grant; null when there are none. The renderer asks once it is ready and again on
     * each `app:files-opened`: a pull, so nothing is lost to a window that was still loading.
     */
    takeOpened(): Promise<Result<PathGrant | null>>;
    /** Starts an import job over these sources (a grant is used up by the job it starts). */
    start(source: ImportSource): Promise<Result<ImportJobStarted>>;
    /** The next chunk of complete articles and failures; waits until some are parsed or the job is done. */
    next(jobId: string): Promise<Result<ImportChunk>>;
    /** Stops the job: parsing stops, nothing more is handed over. */
    cancel(jobId: string): Promise<Result<null>>;
    /**
     * Download article text: an import job that downloads the page of each link-only entry (http and https only,
     * within the limits of services/fetch-article) and parses it like an imported page; its chunks come from
     * `import:next` (and `import:cancel`). Refused (`forbidden`) when the setting is off.
     */
    download(links: LinkToDownload[]): Promise<Result<ImportJobStarted>>;
    /** Whether "Allow downloading article text" is on (main keeps it). */
    downloadAllowed(): Promise<Result<boolean>>;
    setDownloadAllowed(allowed: boolean): Promise<Result<null>>;
  };
  export: {
    /** Asks where to save the bundle (null: the user cancelled), then opens it for writing. */
    begin(request: ExportRequest): Promise<Result<ExportStarted | null>>;
    /** Adds articles (with their assets, notes and highlights) to the bundle being written. */
    add(exportId: string, articles: ExportedArticle[]): Promise<Result<null>>;
    /** Writes the manifest and closes the bundle. */
    finish(exportId: string): Promise<Result<ExportFinished>>;
    /** Abandons the bundle: the partial file is removed. */
    abort(exportId: string): Promise<Result<null>>;
  };
  /** Backups into the folder main keeps them in (contract: backup.ts). No call names a path. */
  backup: {
    /** Checks the free space, then opens a new backup (main names and places it). Fails with `no-space` when low. */
    begin(request: BackupRequest): Promise<Result<BackupStarted>>;
    /** Adds articles (with their assets, notes and highlights) to the open backup. */
    add(backupId: string, articles: ExportedArticle[]): Promise<Result<null>>;
    /** Writes library.json and the manifest, verifies the file, moves it into place and rotates older backups. */
    finish(backupId: string, library: LibrarySnapshot, libraryStamp: string): Promise<Result<BackupFinished>>;
    /** Abandons the backup: the partial file is removed. */
    abort(backupId: string): Promise<Result<null>>;
    /** The backups in the backup folder, newest first (for restore). */
    list(): Promise<Result<BackupEntry[]>>;
    /** The folder, the last backup, the last failure, whether the app or Electron changed since. */
    status(): Promise<Result<BackupStatus>>;
    /** Asks for a folder in main's open dialog and keeps backups there from now on (null: cancelled). */
    chooseFolder(): Promise<Result<BackupFolder | null>>;
    /** Keeps backups in the profile's own Backups folder again. */
    useDefaultFolder(): Promise<Result<BackupFolder>>;
    /** Shows the backup folder in the system's file manager. */
    showFolder(): Promise<Result<null>>;
  };
  notes: {
    /** Asks where to save an export of notes and highlights (null: the user cancelled), then writes the text there. */
    saveExport(request: NotesExportRequest): Promise<Result<NotesExportSaved | null>>;
  };
  shell: {
    /** Opens an http(s) URL in the system browser, after checking it. */
    openExternal(url: string): Promise<Result<null>>;
    /**
     * Opens an article's original PDF (its `original.pdf` asset's bytes) in the system's PDF viewer: main checks
     * the bytes are a PDF within the limit and writes them to a file of its own first.
     */
    openOriginalPdf(bytes: Uint8Array): Promise<Result<null>>;
  };
  app: {
    getInfo(): Promise<Result<AppInfo>>;
    /** Where the page was right-clicked and whether an article's text was selected (the native context menu). */
    reportContextMenu(target: ContextMenuTarget): Promise<Result<null>>;
    /** Shows the library row's native context menu with these items; resolves to the chosen one, or null. */
    popupRowMenu(request: RowMenuRequest): Promise<Result<RowMenuItemId | null>>;
    /** Shows the native context menu of a sidebar tag or collection; resolves to the chosen item, or null. */
    popupSidebarMenu(request: SidebarMenuRequest): Promise<Result<SidebarMenuItemId | null>>;
    /** Quits the app (the version guard's Quit). */
    quit(): Promise<Result<null>>;
    /** The interface's language changed (or was first chosen): main's menus and dialogs follow it, and main remembers it. */
    setLanguage(locale: string): Promise<Result<null>>;
  };
  restore: {
    /** Main's open dialog for any `.offprint` file; the path stays in main (null: the user cancelled). */
    chooseFile(): Promise<Result<RestoreFileChosen | null>>;
    /** What the bundle holds (ids, hashes, notes, highlights; no bodies), for the preview. */
    preview(source: RestoreSource): Promise<Result<RestoreContents>>;
    /** Starts reading the bundle as an import job: its chunks come from `import:next` (and `import:cancel`). */
    start(source: RestoreSource): Promise<Result<ImportJobStarted>>;
    /**
     * Before a Replace: whether the disks hold the bundle restored beside the library and the backup of the library
     * (of about `libraryBytes`, the renderer's estimate) made first.
     */
    checkSpace(source: RestoreSource, libraryBytes: number): Promise<Result<RestoreSpace>>;
    /**
     * Opens a bundle in the Backups folder for the library as it is now (Replace backs it up first): the renderer
     * streams it with `export:add` and `export:finish`, as an export.
     */
    beginSafetyBackup(): Promise<Result<SafetyBackupStarted>>;
    /**
     * For the version guard's read-only copy: main picks the newest verified backup in the backup folder itself
     * and starts reading it as an import job (not-found when there is none).
     */
    openLatestReadOnly(): Promise<Result<ReadOnlyBackupStarted>>;
  };
  library: {
    /** What last opened the library and whether this app may open it: asked before the database is opened. */
    guard(): Promise<Result<LibraryGuard>>;
    /** After a successful open: records the schema version, the versions running and the article count. */
    opened(report: LibraryOpened): Promise<Result<null>>;
  };
  /** Dropped files: the preload reads their paths itself (`webUtils.getPathForFile`), never from the page. */
  files: {
    /**
     * A grant for the dropped files that have a path on disk (a `File` made in script has none), and the
     * positions of those without one.
     */
    grantDropped(files: readonly DroppedFileHandle[]): Promise<Result<DropGrant>>;
  };
  events: {
    /** Subscribes to an event from main; returns the function that unsubscribes. */
    on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void;
  };
}

/** The namespaces whose functions travel over IPC as `namespace:function` channels, one to one. */
export type InvokeApi = Omit<OffprintApi, 'files' | 'events'>;

/**
 * IPC channels that only the preload calls, under a page-facing function whose arguments the page cannot forge:
 * `files.grantDropped` takes DOM `File`s, and the preload sends main the paths Electron itself knows for them.
 */
export interface PreloadChannels {
  'files:grantDroppedPaths': (paths: string[]) => Promise<Result<PathGrant | null>>;
}

export type PageChannel = {
  [N in keyof InvokeApi]: `${N & string}:${keyof InvokeApi[N] & string}`;
}[keyof InvokeApi];

export type InvokeChannel = PageChannel | keyof PreloadChannels;

export type ChannelFunction<C extends InvokeChannel> = C extends keyof PreloadChannels
  ? PreloadChannels[C]
  : C extends `${infer N}:${infer F}`
    ? N extends keyof InvokeApi
      ? F extends keyof InvokeApi[N]
        ? InvokeApi[N][F]
        : never
      : never
    : never;

export type ChannelArgs<C extends InvokeChannel> = Parameters<ChannelFunction<C>>;
export type ChannelReturn<C extends InvokeChannel> = ReturnType<ChannelFunction<C>>;

/**
 * What the receiving side implements for each channel. Arguments arrive as `unknown`: they cross a trust boundary
 * and each handler validates them before use.
 */
export type InvokeHandlers = {
  [C in InvokeChannel]: (...args: unknown[]) => ChannelReturn<C>;
};
