/**
 * The context menu's Search the Library for “…” (main's `context-menu:command` event): the library's search box
 * filled with the selection, and the library shown. Highlighting is the annotations feature's (it knows the
 * selection); this is the app's, since it moves between screens.
 */
import { useEffect } from 'react';
import type { ContextMenuCommand } from '../../../src-shared/contract';
import { bridge } from '../data/bridge';
import type { OffprintDatabase } from '../data/database';
import { searchLibraryFor } from '../features/search';

export function useContextMenuSearch(db: OffprintDatabase, onShowLibrary: () => void, onError: (error: unknown) => void): void {
  useEffect(() => {
    const onCommand = (command: ContextMenuCommand) => {
      if (command.kind !== 'search-library') return;
      searchLibraryFor(db, command.text);
      onShowLibrary();
    };
    try {
      return bridge().events.on('context-menu:command', onCommand);
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [db, onShowLibrary, onError]);
}
