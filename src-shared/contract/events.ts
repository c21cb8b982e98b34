/** Events the main process may send to the renderer, by namespaced channel. */
import type { ContextMenuCommand } from './context-menu';

/** Commands from the application menu (and their accelerators) that the renderer carries out. */
export type MenuCommand =
  | 'import'
  | 'import-folder'
  | 'export-library'
  // File → Restore from Backup…
  | 'restore-backup'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  // The reader's: Edit → Find in Article…, View → Next / Previous Article, Help → Keyboard Shortcuts.
  | 'find'
  | 'next-article'
  | 'previous-article'
  | 'keyboard-shortcuts'
  // View → Notes: the library-wide Notes view.
  | 'show-notes'
  // File → Back Up Now: a backup of the whole library, now, into main's backup folder.
  | 'backup-now'
  // File → Backups…: the Backups settings (last backup, its status, the folder).
  | 'backup-settings';

export interface MainEvents {
  'menu:command': MenuCommand;
  /**
   * The system asked the app to open files (a double-clicked `.offprint`, a second launch): the renderer takes
   * them with `import.takeOpened()`. A signal only, with no paths, so none is lost if it arrives early.
   */
  'app:files-opened': null;
  /** An item of the native context menu that the renderer carries out (highlight, search the library). */
  'context-menu:command': ContextMenuCommand;
}

export type MainEventName = keyof MainEvents;
