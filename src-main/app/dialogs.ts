/** The system dialogs the bridge host needs: open (files or a folder) for imports, save for bundles and notes. */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { NotesExportFormat } from '../../src-shared/contract';
import { OPENABLE_EXTENSIONS } from '../services/import/importers';
import { mainT } from './main-language';

function parentWindow(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

export async function chooseImportPaths(mode: 'files' | 'folder'): Promise<string[] | null> {
  const t = mainT();
  const options: OpenDialogOptions =
    mode === 'folder'
      ? { title: t('importFolderTitle'), buttonLabel: t('importButton'), properties: ['openDirectory'] }
      : {
          title: t('importFilesTitle'),
          buttonLabel: t('importButton'),
          properties: ['openFile', 'multiSelections'],
          filters: [
            { name: t('articlesAndBundles'), extensions: OPENABLE_EXTENSIONS.map((extension) => extension.slice(1)) },
            { name: t('allFiles'), extensions: ['*'] },
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
  const t = mainT();
  const options: SaveDialogOptions = notesFormat
    ? { title: t('exportNotesTitle'), buttonLabel: t('exportButton'), defaultPath: suggestedName, filters: NOTES_FILTERS[notesFormat] }
    : {
        title: t('exportBundleTitle'),
        buttonLabel: t('exportButton'),
        defaultPath: suggestedName,
        filters: [{ name: t('offprintBundle'), extensions: ['offprint'] }],
      };
  const parent = parentWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseRestoreFile(): Promise<string | null> {
  const t = mainT();
  const options: OpenDialogOptions = {
    title: t('restoreTitle'),
    buttonLabel: t('chooseButton'),
    properties: ['openFile'],
    filters: [{ name: t('offprintBundle'), extensions: ['offprint'] }],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

/** The open dialog for a folder to keep backups in (a synced one, say); null when cancelled. */
export async function chooseBackupFolder(): Promise<string | null> {
  const t = mainT();
  const options: OpenDialogOptions = {
    title: t('backupFolderTitle'),
    buttonLabel: t('useThisFolder'),
    properties: ['openDirectory', 'createDirectory'],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : (result.filePaths[0] ?? null);
}
