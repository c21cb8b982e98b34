/**
 * Commands that come from the keyboard (use-keyboard-shortcuts.ts) or the application menu
 * (app/use-menu-commands.ts), delivered to whichever part of the window handles them now (the find bar, the
 * open article, the shortcuts dialog). A command nobody handles does nothing.
 */
import type { ReaderCommand } from '../../../src-shared/keyboard/reader-command';

export type { ReaderCommand };

type Listener = (command: ReaderCommand) => void;
const listeners = new Map<Listener, ReadonlySet<ReaderCommand>>();

/** Sends `command`; true when something handles it. */
export function sendReaderCommand(command: ReaderCommand): boolean {
  let handled = false;
  for (const [listener, commands] of [...listeners]) {
    if (!commands.has(command)) continue;
    handled = true;
    listener(command);
  }
  return handled;
}

export function onReaderCommand(commands: readonly ReaderCommand[], listener: Listener): () => void {
  listeners.set(listener, new Set(commands));
  return () => listeners.delete(listener);
}
