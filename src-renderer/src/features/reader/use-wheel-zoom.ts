/**
 * Pinch (a trackpad) and Ctrl+wheel zoom the article's font, never the page (wheel-zoom.ts).
 * The listener is not passive, so the page zoom Chromium would otherwise apply is prevented.
 */
import { useEffect } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { createWheelZoom } from './wheel-zoom';
import { runZoomCommand } from './zoom-setting';

export function useWheelZoom(db: OffprintDatabase, onError: (error: unknown) => void): void {
  useEffect(() => {
    const commandsFor = createWheelZoom();
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      for (const command of commandsFor(event)) runZoomCommand(db, command).catch(onError);
    };
    window.addEventListener('wheel', onWheel, { passive: false });
    return () => window.removeEventListener('wheel', onWheel);
  }, [db, onError]);
}
