/**
 * The one contract between main, preload, renderer and tests: every call the renderer may make.
 * The preload implements it over ipcRenderer.invoke (`satisfies OffprintApi`), the renderer's `window.offprint`
 * has this type, and the end-to-end test bridge implements the same calls over Playwright bindings.
 */
import type { ExportedArticle } from './article';
import type { BackupEntry, BackupFinished, BackupFolder, BackupRequest, BackupStarted, BackupStatus, LibrarySnapshot } from './backup';
import type { MainEventName, MainEvents } from './events';
import type { ExportFinished, ExportRequest, ExportStarted } from './export-job';
import type { ImportChunk, ImportJobStarted, ImportSource } from './import-job';
import type { NotesExportRequest, NotesExportSaved } from './notes-export';
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
    /** Opens the system's open dialog for files or a folder; resolves to null when the user cancels. */
    choosePaths(mode: 'files' | 'folder'): Promise<Result<string[] | null>>;
    /** Starts an import job over these sources. */
    start(source: ImportSource): Promise<Result<ImportJobStarted>>;
    /** The next chunk of complete articles and failures; waits until some are parsed or the job is done. */
    next(jobId: string): Promise<Result<ImportChunk>>;
    /** Stops the job: parsing stops, nothing more is handed over. */
    cancel(jobId: string): Promise<Result<null>>;
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
  };
  notes: {
    /** Asks where to save an export of notes and highlights (null: the user cancelled), then writes the text there. */
    saveExport(request: NotesExportRequest): Promise<Result<NotesExportSaved | null>>;
  };
  shell: {
    /** Opens an http(s) URL in the system browser, after checking it. */
    openExternal(url: string): Promise<Result<null>>;
  };
  app: {
    getInfo(): Promise<Result<AppInfo>>;
  };
  /** Local helpers of the preload: no IPC. */
  files: {
    /** The path on disk of a dropped file, or '' when it has none. */
    pathForFile(file: DroppedFileHandle): string;
  };
  events: {
    /** Subscribes to an event from main; returns the function that unsubscribes. */
    on<E extends MainEventName>(event: E, listener: (payload: MainEvents[E]) => void): () => void;
  };
}

/** The namespaces whose functions travel over IPC as `namespace:function` channels. */
export type InvokeApi = Omit<OffprintApi, 'files' | 'events'>;

export type InvokeChannel = {
  [N in keyof InvokeApi]: `${N & string}:${keyof InvokeApi[N] & string}`;
}[keyof InvokeApi];

export type ChannelFunction<C extends InvokeChannel> = C extends `${infer N}:${infer F}`
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
