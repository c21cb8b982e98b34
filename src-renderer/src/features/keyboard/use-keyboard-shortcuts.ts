/** The renderer's own shortcuts (key-commands.ts), listened for on the whole window and sent as reader commands. */
import { useEffect } from 'react';
import { commandForKey, isTextField } from './key-commands';
import { sendReaderCommand } from '../../ui/reader-commands';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = commandForKey(event, IS_MAC, isTextField(event.target));
      // Keys nobody handles (J in the library…) keep their usual meaning.
      if (command && sendReaderCommand(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
