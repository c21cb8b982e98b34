/** The system dialogs the bridge host needs: open (files or a folder) for imports, save for bundles. */
import { BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';

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
            { name: 'Articles and bundles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'offprint', 'zip'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

export async function chooseExportPath(suggestedName: string): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'Export an Offprint bundle',
    buttonLabel: 'Export',
    defaultPath: suggestedName,
    filters: [{ name: 'Offprint bundle', extensions: ['offprint'] }],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
