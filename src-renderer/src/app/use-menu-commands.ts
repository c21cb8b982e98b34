/** The application menu's commands (File → Import…, View → Zoom In / Zoom Out / Actual Size), wired once. */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../src-main/contract';
import { bridge } from '../bridge/bridge';
import type { OffprintDatabase } from '../db/database';
import { runZoomCommand } from '../reader/zoom-setting';

export function useMenuCommands(db: OffprintDatabase, onImport: () => void, onError: (error: unknown) => void): void {
  useEffect(() => {
    const onCommand = (command: MenuCommand) => {
      if (command === 'import') onImport();
      else if (command === 'zoom-in' || command === 'zoom-out' || command === 'zoom-reset') {
        runZoomCommand(db, command).catch(onError);
      }
    };
    try {
      return bridge().events.on('menu:command', onCommand);
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [db, onImport, onError]);
}
