/**
 * "Allow downloading article text", as main keeps it (main refuses every download while it is off): asked once,
 * then followed here, so every Download button and the switch agree. null until main has answered.
 */
import { useSyncExternalStore } from 'react';
import { bridge, unwrap } from '../../data/bridge';

let allowed: boolean | null = null;
let asked = false;
const listeners = new Set<() => void>();

function set(value: boolean): void {
  allowed = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!asked) {
    asked = true;
    // Asked after this turn: a view rendered without main (a unit test) simply never learns it.
    void Promise.resolve()
      .then(() => bridge().import.downloadAllowed())
      .then((result) => set(unwrap(result)))
      .catch(() => {
        asked = false;
      });
  }
  return () => listeners.delete(listener);
}

export function useDownloadAllowed(): boolean | null {
  return useSyncExternalStore(subscribe, () => allowed);
}

/** Shown at once; main keeps it (back as it was when main could not). */
export async function setDownloadAllowed(value: boolean): Promise<void> {
  const before = allowed;
  set(value);
  try {
    unwrap(await bridge().import.setDownloadAllowed(value));
  } catch (error) {
    if (before !== null) set(before);
    throw error;
  }
}
