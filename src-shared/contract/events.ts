/** Events the main process may send to the renderer, by namespaced channel. */

/** Commands from the application menu (and their accelerators) that the renderer carries out. */
export type MenuCommand =
  | 'import'
  | 'import-folder'
  | 'export-library'
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
  /** Files the system asked the app to open (a double-clicked `.offprint`, a second launch): import them. */
  'app:open-paths': string[];
}

export type MainEventName = keyof MainEvents;
