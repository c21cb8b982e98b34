/**
 * The version guard's screen: the library was written by a newer Offprint (a newer schema) or last opened on a
 * newer Chromium, so it is not opened. It says which version wrote it and offers to show the Backups folder or
 * to quit. A read-only view of the latest backup is not built yet: it is named, not offered.
 */
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../src-shared/format/format';
import { bridge, errorMessage, unwrap } from '../data/bridge';
import type { GuardStop } from './open-library';

function whoWroteIt(stop: GuardStop): string {
  const record = stop.guard?.record;
  const by = record
    ? `Offprint ${record.appVersion} (library schema version ${record.schemaVersion}, Electron ${record.electronVersion}, Chromium ${record.chromiumVersion}) on ${formatDateTime(record.openedAt)}`
    : 'a newer Offprint';
  if (stop.kind === 'older-chromium') {
    return `Your library was last opened by ${by}. This Offprint runs on an older Chromium (${stop.guard.current.chromiumVersion}), which can damage or wipe a library a newer one wrote.`;
  }
  const schema = stop.foundVersion !== null ? ` It holds library schema version ${stop.foundVersion}, newer than this Offprint reads.` : '';
  return `Your library was written by a newer Offprint than this one: last opened by ${by}.${schema}`;
}

export function VersionGuardScreen({ stop }: { stop: GuardStop }) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.body.dataset.appState = 'guard';
  }, []);
  const act = (call: () => Promise<unknown>) => () => void call().catch((thrown: unknown) => setError(errorMessage(thrown)));
  const latest = stop.guard?.latestBackup ?? null;
  const current = stop.guard?.current;
  return (
    <main className="version-guard" aria-labelledby="guard-title">
      <h1 id="guard-title">This library was written by a newer Offprint</h1>
      <p>{whoWroteIt(stop)}</p>
      <p>
        To keep it safe, Offprint has not opened it and changed nothing. Update Offprint to the version that wrote it
        {current ? ` (this is Offprint ${current.appVersion})` : ''}, or quit.
      </p>
      <p>
        {latest
          ? `The latest backup is from ${formatDateTime(latest.createdAt)} (${latest.articleCount} articles), in the Backups folder.`
          : 'There is no backup in the Backups folder.'}{' '}
        Opening a backup read-only is not available in this version.
      </p>
      {error && <p role="alert">{error}</p>}
      <p className="version-guard-actions">
        <button type="button" onClick={act(async () => unwrap(await bridge().backup.showFolder()))}>
          Show Backups Folder
        </button>
        <button type="button" onClick={act(async () => unwrap(await bridge().app.quit()))}>
          Quit
        </button>
      </p>
    </main>
  );
}
