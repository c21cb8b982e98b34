/**
 * The application menu, following each system's conventions: the app menu on macOS, File/Edit/View/Window/Help.
 * Zoom items drive the article's font zoom in the renderer, never Electron's page zoom.
 */
import { BrowserWindow, Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';
import type { MenuCommand } from '../../src-shared/contract';
import { menuAccelerator } from '../../src-shared/keyboard/shortcuts';
import { mainT, onMainLanguageChange } from './main-language';
import { sendEvent } from './send-event';
import { showLibraryFolder } from './show-library-folder';

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

/** The menu in the language of `t` (main's current one when built by installMenu). */
export function buildMenuTemplate(platform: NodeJS.Platform, devTools: boolean, t: TFunction<'menu'>): MenuItemConstructorOptions[] {
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
    label: t('file'),
    submenu: [
      item(t('import'), 'import'),
      item(t('importFolder'), 'import-folder'),
      { type: 'separator' },
      item(t('exportLibrary'), 'export-library'),
      { type: 'separator' },
      item(t('backUpNow'), 'backup-now'),
      item(t('restoreFromBackup'), 'restore-backup'),
      item(t('backups'), 'backup-settings'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('edit'),
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
      item(t('findInArticle'), 'find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      item(t('zoomIn'), 'zoom-in'),
      item(t('zoomOut'), 'zoom-out'),
      item(t('actualSize'), 'zoom-reset'),
      { type: 'separator' },
      item(t('notes'), 'show-notes'),
      { type: 'separator' },
      // J and K are the renderer's own keys (never while typing): no accelerator here, which would take them.
      item(t('nextArticle'), 'next-article'),
      item(t('previousArticle'), 'previous-article'),
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
    { role: 'windowMenu', label: t('window') },
    {
      role: 'help',
      label: t('help'),
      submenu: [
        item(t('keyboardShortcuts'), 'keyboard-shortcuts'),
        // Main's alone: the page never learns where the profile is.
        { id: 'show-library-folder', label: t('showLibraryFolder'), click: () => void showLibraryFolder(t) },
        { label: t('about', { name: app.name }), role: 'about' },
      ],
    },
  ];
}

/** Sets the application menu, and sets it again, translated, whenever the language changes. */
export function installMenu(devTools: boolean): void {
  const install = () => Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, devTools, mainT())));
  install();
  onMainLanguageChange(install);
}
