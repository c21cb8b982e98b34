/**
 * Files the system opens with the app (a double-clicked `.offprint`, "Open with Offprint", a second launch) are
 * imported, once the app is ready for it (after the first run): paths that arrive earlier wait.
 */
import { useEffect, useRef } from 'react';
import { bridge } from '../data/bridge';

export function useOpenPaths(ready: boolean, onPaths: (paths: string[]) => void, onError: (error: unknown) => void): void {
  const waiting = useRef<string[]>([]);
  const latest = useRef({ ready, onPaths });
  useEffect(() => {
    latest.current = { ready, onPaths };
    if (ready && waiting.current.length > 0) onPaths(waiting.current.splice(0));
  }, [ready, onPaths]);

  useEffect(() => {
    try {
      return bridge().events.on('app:open-paths', (paths) => {
        const valid = Array.isArray(paths) ? paths.filter((p) => typeof p === 'string' && p !== '') : [];
        if (valid.length === 0) return;
        if (latest.current.ready) latest.current.onPaths(valid);
        else waiting.current.push(...valid);
      });
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [onError]);
}
