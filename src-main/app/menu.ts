/**
 * The application menu, following each system's conventions: the app menu on macOS, File/Edit/View/Window/Help.
 * Zoom items drive the article's font zoom in the renderer, never Electron's page zoom.
 */
import { BrowserWindow, Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../src-shared/contract';
import { sendEvent } from './send-event';

function command(cmd: MenuCommand): () => void {
  return () => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (win) sendEvent(win.webContents, 'menu:command', cmd);
  };
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
      { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: command('import') },
      { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: command('import-folder') },
      { type: 'separator' },
      { label: 'Export Library…', accelerator: 'CmdOrCtrl+Shift+E', click: command('export-library') },
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
      { label: 'Find in Article…', accelerator: 'CmdOrCtrl+F', click: command('find') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Zoom In', accelerator: 'CmdOrCtrl+=', click: command('zoom-in') },
      { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-', click: command('zoom-out') },
      { label: 'Actual Size', accelerator: 'CmdOrCtrl+0', click: command('zoom-reset') },
      { type: 'separator' },
      { label: 'Notes', accelerator: 'CmdOrCtrl+Shift+N', click: command('show-notes') },
      { type: 'separator' },
      // J and K are the renderer's own keys (never while typing): no accelerator here, which would take them.
      { label: 'Next Article', click: command('next-article') },
      { label: 'Previous Article', click: command('previous-article') },
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
        { label: 'Keyboard Shortcuts', click: command('keyboard-shortcuts') },
        { label: `About ${app.name}`, role: 'about' },
      ],
    },
  ];
}

export function installMenu(devTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, devTools)));
}
