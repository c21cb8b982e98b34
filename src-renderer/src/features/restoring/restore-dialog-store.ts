/** Who asked for the Restore dialog (File → Restore from Backup…, the empty-library notice): one tiny store. */
import { useSyncExternalStore } from 'react';

let openCount = 0;
const listeners = new Set<() => void>();

export function openRestoreDialog(): void {
  openCount += 1;
  for (const listener of listeners) listener();
}

/** Grows by one at each request to open the dialog. */
export function useRestoreDialogRequests(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => openCount,
  );
}
