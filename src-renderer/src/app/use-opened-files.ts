/**
 * Files the system opens with the app (a double-clicked `.offprint`, "Open with Offprint", a second launch) are
 * imported once the app is ready for it (after the first run). Main holds them; this asks for them when the app
 * becomes ready and again each time main says more arrived. Asking is safe at any time: main hands each file over
 * once, so nothing opened during a cold start is lost and nothing is imported twice.
 */
import { useEffect, useRef } from 'react';
import { bridge } from '../data/bridge';

export function useOpenedFiles(ready: boolean, takeOpened: () => void, onError: (error: unknown) => void): void {
  const latest = useRef({ ready, takeOpened });
  useEffect(() => {
    latest.current = { ready, takeOpened };
    if (ready) takeOpened();
  }, [ready, takeOpened]);

  useEffect(() => {
    try {
      return bridge().events.on('app:files-opened', () => {
        if (latest.current.ready) latest.current.takeOpened();
      });
    } catch (error) {
      onError(error);
      return undefined;
    }
  }, [onError]);
}
