/** View → Notes (the 'show-notes' menu command) shows the library-wide Notes view. */
import { useEffect } from 'react';
import type { MenuCommand } from '../../../src-main/contract';
import { bridge } from '../bridge/bridge';

export function useNotesMenuCommand(showNotes: () => void, onError: (error: unknown) => void): void {
  useEffect(() => {
    const onCommand = (command: MenuCommand) => {
      if (command === 'show-notes') showNotes();
    };
    try {
      return bridge().events.on('menu:command', onCommand);
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [showNotes, onError]);
}
