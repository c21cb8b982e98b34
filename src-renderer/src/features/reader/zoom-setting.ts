/** The stored zoom level: read live, changed atomically (the step is computed inside the transaction). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OffprintDatabase } from '../../data/database';
import { getZoomPercent, setZoomPercent } from '../../data/settings-repo';
import { applyZoomCommand, clampZoom, ZOOM_DEFAULT, type ZoomCommand } from './zoom';

export async function runZoomCommand(db: OffprintDatabase, command: ZoomCommand): Promise<number> {
  return db.transaction('rw', db.settings, async () => {
    const next = applyZoomCommand((await getZoomPercent(db)) ?? ZOOM_DEFAULT, command);
    await setZoomPercent(db, next);
    return next;
  });
}

/** The current level, or undefined while it is being read. */
export function useZoomPercent(db: OffprintDatabase): number | undefined {
  return useLiveQuery(async () => clampZoom((await getZoomPercent(db)) ?? ZOOM_DEFAULT), [db]);
}
