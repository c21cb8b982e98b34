/**
 * Help → Show Library Folder: main opens the profile folder (where the library, its record and the Backups folder
 * live) in the system's file manager; the page never learns where it is. When the system cannot open it
 * (`shell.openPath` answers with an error string, it never throws), the person is told, with the folder's path
 * so it can be found by hand.
 */
import { BrowserWindow, app, dialog, shell, type MessageBoxOptions } from 'electron';
import type { TFunction } from 'i18next';

export async function showLibraryFolder(t: TFunction<'menu'>): Promise<void> {
  const folder = app.getPath('userData');
  const problem = await shell.openPath(folder);
  if (!problem) return;
  const options: MessageBoxOptions = {
    type: 'error',
    message: t('libraryFolderNotShown'),
    detail: `${t('libraryFolderIs', { folder, interpolation: { escapeValue: false } })}\n\n${problem}`,
  };
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
