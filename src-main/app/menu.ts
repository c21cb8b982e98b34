/**
 * The application menu, following each system's conventions: the app menu on macOS, File/Edit/View/Window/Help.
 * Zoom items drive the article's font zoom in the renderer, never Electron's page zoom.
 */
import { BrowserWindow, Menu, app, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/contract';
import { menuAccelerator } from '../../src-shared/keyboard/shortcuts';
import { sendEvent } from './send-event';

function command(cmd: MenuCommand): () => void {
  return () => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (win) sendEvent(win.webContents, 'menu:command', cmd);
  };
}

/** A menu item that sends `cmd`, with its accelerator from the one shortcut table (src-shared/keyboard). */
function item(label: string, cmd: MenuCommand): MenuItemConstructorOptions {
  const accelerator = menuAccelerator(cmd);
  return accelerator ? { label, accelerator, click: command(cmd) } : { label, click: command(cmd) };
}

export function buildMenuTemplate(platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: app.name,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      item('Import…', 'import'),
      item('Import Folder…', 'import-folder'),
      { type: 'separator' },
      item('Export Library…', 'export-library'),
      { type: 'separator' },
      item('Back Up Now', 'backup-now'),
      item('Restore from Backup…', 'restore-backup'),
      item('Backups…', 'backup-settings'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find in Article…', 'find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      item('Zoom In', 'zoom-in'),
      item('Zoom Out', 'zoom-out'),
      item('Actual Size', 'zoom-reset'),
      { type: 'separator' },
      item('Notes', 'show-notes'),
      { type: 'separator' },
      // J and K are the renderer's own keys (never while typing): no accelerator here, which would take them.
      item('Next Article', 'next-article'),
      item('Previous Article', 'previous-article'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  return [
    ...appMenu,
    file,
    edit,
    view,
    { role: 'windowMenu', label: '&Window' },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        item('Keyboard Shortcuts', 'keyboard-shortcuts'),
        // Main's alone: the page never learns where the profile is.
        { label: 'Show Library Folder', click: () => void shell.openPath(app.getPath('userData')) },
        { label: `About ${app.name}`, role: 'about' },
      ],
    },
  ];
}

export function installMenu(devTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, devTools)));
}
