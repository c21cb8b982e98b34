/**
 * "Allow downloading article text", as main keeps it (main refuses every download while it is off): asked once,
 * then followed here, so every Download button and the switch agree. null until main has answered.
 */
import { bridge, unwrap } from '../../data/bridge';
import { valueStore } from '../../ui/value-store';

const allowed = valueStore<boolean | null>(null);
allowed.onFirstReader(async () => allowed.set(unwrap(await bridge().import.downloadAllowed())));

export const useDownloadAllowed = allowed.use;

/** Shown at once; main keeps it (back as it was when main could not). */
export async function setDownloadAllowed(value: boolean): Promise<void> {
  const before = allowed.get();
  allowed.set(value);
  try {
    unwrap(await bridge().import.setDownloadAllowed(value));
  } catch (error) {
    if (before !== null) allowed.set(before);
    throw error;
  }
}
