import type { AppInfo, NotesExportFormat } from '../../../src-shared/contract';

/** What the host (Electron, or the test harness) provides: the parts that need a window or the desktop. */
export interface BridgeHost {
  /** Shows the system's open dialog for files or a folder; resolves to the chosen paths, or null when cancelled. */
  chooseImportPaths(mode: 'files' | 'folder'): Promise<string[] | null>;
  /**
   * Shows the system's save dialog for a bundle (or, given a format, for an export of notes); resolves to the chosen
   * path, or null when cancelled.
   */
  chooseExportPath(suggestedName: string, notesFormat?: NotesExportFormat): Promise<string | null>;
  /** Opens an already checked http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** The folder of the sample library shipped in resources/. */
  sampleLibraryDir: string;
  /** The built import worker (out/main/import-worker.js), or null to parse in this thread. */
  importWorkerScript: string | null;
  appInfo: AppInfo;
}
