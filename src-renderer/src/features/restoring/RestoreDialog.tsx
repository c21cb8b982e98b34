/**
 * File → Restore from Backup…: the backups of the Backups folder (date, articles, notes, size, verified) and
 * "Choose a file…" for any `.offprint`; once one is chosen, a preview of what Merge and Replace would change
 * (restore-plan.ts, against the library as it is), then Merge or Replace. The restore itself runs as an import
 * in the import queue (its progress and report are an import's).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { BackupEntry, RestoreContents, RestoreSource } from '../../../../src-shared/contract';
import { formatDateTime, formatSize } from '../../../../src-shared/format/format';
import { planRestore, type RestorePlan } from '../../../../src-shared/restore/restore-plan';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { librarySnapshot } from '../../data/restore-repo';
import { formatCount, type ImportRequest } from '../importing';
import { useRestoreDialogRequests } from './restore-dialog-store';
import { RestorePreview } from './RestorePreview';
import { startRestore, type RestoreMode } from './start-restore';
import './restoring.css';

interface Chosen {
  source: RestoreSource;
  name: string;
  contents: RestoreContents;
  plan: RestorePlan;
}

export function RestoreDialog({ db, run }: { db: OffprintDatabase; run: (request: ImportRequest) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const requests = useRestoreDialogRequests();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    if (requests === 0) return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    setChosen(null);
    setError(null);
    setDone(null);
    setBackups(null);
    if (!dialog.open) dialog.showModal();
    bridge()
      .backup.list()
      .then((result) => setBackups(unwrap(result)))
      .catch((thrown: unknown) => setError(errorMessage(thrown)));
  }, [requests]);

  const preview = async (source: RestoreSource, name: string) => {
    setError(null);
    setBusy('Reading the backup…');
    try {
      const contents = unwrap(await bridge().restore.preview(source));
      setChosen({ source, name, contents, plan: planRestore(contents, await librarySnapshot(db)) });
    } catch (thrown) {
      setError(errorMessage(thrown));
    } finally {
      setBusy(null);
    }
  };

  const chooseFile = async () => {
    try {
      const file = unwrap(await bridge().restore.chooseFile());
      if (file) await preview({ kind: 'file', grantId: file.grantId }, file.name);
    } catch (thrown) {
      setError(errorMessage(thrown));
    }
  };

  const restore = async (mode: RestoreMode) => {
    if (!chosen) return;
    setError(null);
    setBusy(mode === 'replace' ? 'Backing up the library before replacing it…' : 'Starting the restore…');
    try {
      const started = await startRestore(db, run, chosen, mode);
      setDone(
        started.safetyBackupId
          ? `The library as it was is backed up as “${started.safetyBackupId}”. Restoring ${chosen.name}…`
          : `Restoring ${chosen.name}…`,
      );
      setChosen(null);
    } catch (thrown) {
      setError(`Nothing was restored: ${errorMessage(thrown)}`);
    } finally {
      setBusy(null);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (!busy) dialogRef.current?.close();
  };

  return (
    <dialog ref={dialogRef} className="restore-dialog" aria-labelledby="restore-title" onKeyDown={onKeyDown}>
      <h2 id="restore-title">Restore from Backup</h2>
      {error && (
        <p role="alert" className="restore-error">
          {error}
        </p>
      )}
      {busy && <p role="status">{busy}</p>}
      {done && <p role="status">{done}</p>}
      {!chosen && !done && (
        <>
          {backups === null && !error && <p>Looking for backups…</p>}
          {backups?.length === 0 && <p>There are no backups in the Backups folder yet.</p>}
          {backups && backups.length > 0 && (
            <table className="restore-backups">
              <caption>Backups</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Articles</th>
                  <th scope="col">Notes</th>
                  <th scope="col">Size</th>
                  <th scope="col">Verified</th>
                  <th scope="col">
                    <span className="visually-hidden">Restore</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((backup) => (
                  <tr key={backup.id}>
                    <th scope="row">{formatDateTime(backup.createdAt)}</th>
                    <td>{formatCount(backup.articleCount)}</td>
                    <td>{formatCount(backup.noteCount)}</td>
                    <td>{formatSize(backup.bytes)}</td>
                    <td>{backup.verified ? 'Yes' : 'No'}</td>
                    <td>
                      <button
                        type="button"
                        disabled={busy !== null}
                        aria-label={`Preview the backup of ${formatDateTime(backup.createdAt)}`}
                        onClick={() => void preview({ kind: 'backup', id: backup.id }, backup.id)}
                      >
                        Preview…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" disabled={busy !== null} onClick={() => void chooseFile()}>
              Choose a file…
            </button>
          </p>
        </>
      )}
      {chosen && <RestorePreview name={chosen.name} plan={chosen.plan} failures={chosen.contents.failures.length} />}
      <div className="restore-actions">
        {chosen && (
          <>
            <button type="button" disabled={busy !== null} onClick={() => void restore('merge')}>
              Merge
            </button>
            <button type="button" disabled={busy !== null} onClick={() => void restore('replace')}>
              Replace
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setChosen(null)}>
              Back
            </button>
          </>
        )}
        <button type="button" disabled={busy !== null} onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
