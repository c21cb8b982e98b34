/** Runs `handler` for the commands (keyboard and menu) in `commands`, while mounted. */
import { useEffect, useRef } from 'react';
import { onReaderCommand, type ReaderCommand } from './reader-commands';

export function useReaderCommand(commands: readonly ReaderCommand[], handler: (command: ReaderCommand) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = commands.join(' ');
  useEffect(() => {
    const listener = (command: ReaderCommand) => latest.current(command);
    return onReaderCommand(key.split(' ') as ReaderCommand[], listener);
  }, [key]);
}
