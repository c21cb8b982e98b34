/** The system dialogs the bridge host needs: open (files or a folder) for imports, save for bundles and notes. */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { NotesExportFormat } from '../../src-shared/contract';

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export async function chooseImportPaths(mode: 'files' | 'folder'): Promise<string[] | null> {
  const options: OpenDialogOptions =
    mode === 'folder'
      ? { title: 'Import a folder of articles', buttonLabel: 'Import', properties: ['openDirectory'] }
      : {
          title: 'Import articles',
          buttonLabel: 'Import',
          properties: ['openFile', 'multiSelections'],
          filters: [
            { name: 'Articles and bundles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'mhtml', 'mht', 'webarchive', 'epub', 'offprint', 'zip'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

const NOTES_FILTERS: Record<NotesExportFormat, SaveDialogOptions['filters']> = {
  markdown: [{ name: 'Markdown', extensions: ['md'] }],
  'json-ld': [{ name: 'Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }],
};

export async function chooseExportPath(suggestedName: string, notesFormat?: NotesExportFormat): Promise<string | null> {
  const options: SaveDialogOptions = notesFormat
    ? { title: 'Export notes and highlights', buttonLabel: 'Export', defaultPath: suggestedName, filters: NOTES_FILTERS[notesFormat] }
    : {
        title: 'Export an Offprint bundle',
        buttonLabel: 'Export',
        defaultPath: suggestedName,
        filters: [{ name: 'Offprint bundle', extensions: ['offprint'] }],
      };
  const parent = parentWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseRestoreFile(): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Restore from an Offprint bundle',
    buttonLabel: 'Choose',
    properties: ['openFile'],
    filters: [{ name: 'Offprint bundle', extensions: ['offprint'] }],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

/** The open dialog for a folder to keep backups in (a synced one, say); null when cancelled. */
export async function chooseBackupFolder(): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Keep Offprint’s backups in…',
    buttonLabel: 'Use This Folder',
    properties: ['openDirectory', 'createDirectory'],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : (result.filePaths[0] ?? null);
}
