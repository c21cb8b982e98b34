/**
 * The application menu's commands (File → Import… / Import Folder…, View → Zoom In / Zoom Out / Actual Size, and
 * View → Notes, File → Back Up Now and Backups…, and the reader's: Find in Article…, Next / Previous Article, Keyboard Shortcuts), wired once.
 */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../src-shared/contract';
import { bridge } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';
import { backUp, openBackupsDialog } from '../features/backups';
import { exportLibrary } from '../features/exporting';
import { sendReaderCommand } from '../ui/reader-commands';
import { runZoomCommand } from '../features/reader';
import { openRestoreDialog } from '../features/restoring';

export function useMenuCommands(
  db: OffprintDatabase,
  onImport: (mode: 'files' | 'folder') => void,
  onShowNotes: () => void,
  onError: (error: unknown) => void,
): void {
  useEffect(() => {
    const onCommand = (command: MenuCommand) => {
      if (command === 'import') onImport('files');
      else if (command === 'import-folder') onImport('folder');
      else if (command === 'export-library') exportLibrary(db);
      else if (command === 'show-notes') onShowNotes();
      else if (command === 'restore-backup') openRestoreDialog();
      else if (command === 'backup-now') void backUp(db, 'manual');
      else if (command === 'backup-settings') openBackupsDialog();
      else if (command === 'zoom-in' || command === 'zoom-out' || command === 'zoom-reset') {
        runZoomCommand(db, command).catch(onError);
      } else sendReaderCommand(command);
    };
    try {
      return bridge().events.on('menu:command', onCommand);
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [db, onImport, onShowNotes, onError]);
}
