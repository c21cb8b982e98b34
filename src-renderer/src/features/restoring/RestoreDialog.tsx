/**
 * File → Restore from Backup…: the backups of the Backups folder (date, articles, notes, size, verified) and
 * "Choose a file…" for any `.offprint`; once one is chosen, a preview of what Merge and Replace would change
 * (restore-plan.ts, against the library as it is), then Merge or Replace. The restore itself runs as an import
 * in the import queue (its progress and report are an import's).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry, RestoreContents, RestoreSource } from '../../../../src-shared/contract';
import { formatDateTime } from '../../../../src-shared/format/format';
import { isolate } from '../../../../src-shared/i18n';
import { planRestore, type RestorePlan } from '../../../../src-shared/restore/restore-plan';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import type { OffprintDatabase } from '../../data/database';
import { librarySnapshot } from '../../data/restore-repo';
import { backupSize } from '../backups';
import type { ImportRequest } from '../importing';
import { useFormattingLocale } from '../../ui/i18n';
import { useRestoreDialogRequests } from './restore-dialog-store';
import { RestorePreview } from './RestorePreview';
import { startRestore, type RestoreMode } from './start-restore';
import './restoring.css';

/** What the dialog is doing, said in its status line. */
type Busy = 'reading' | 'backing-up' | 'starting';
const BUSY_KEYS = { reading: 'readingBackup', 'backing-up': 'backingUpBeforeReplace', starting: 'startingRestore' } as const;

/** A restore under way: its bundle's name, and the backup a Replace made first (or null). */
interface Started {
  name: string;
  safetyBackupId: string | null;
}

interface Chosen {
  source: RestoreSource;
  name: string;
  contents: RestoreContents;
  plan: RestorePlan;
}

export function RestoreDialog({ db, run }: { db: OffprintDatabase; run: (request: ImportRequest) => void }) {
  const { t } = useTranslation(['backups', 'common']);
  const locale = useFormattingLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const requests = useRestoreDialogRequests();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Started | null>(null);

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
    setBusy('reading');
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
    setBusy(mode === 'replace' ? 'backing-up' : 'starting');
    try {
      const label = t(mode === 'merge' ? 'restoreJobMerge' : 'restoreJobReplace', { name: isolate(chosen.name) });
      const started = await startRestore(db, run, chosen, mode, label);
      setDone({ name: chosen.name, safetyBackupId: started.safetyBackupId });
      setChosen(null);
    } catch (thrown) {
      setError(t('nothingRestored', { reason: errorMessage(thrown) }));
    } finally {
      setBusy(null);
    }
  };

  const count = new Intl.NumberFormat(locale);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (!busy) dialogRef.current?.close();
  };

  return (
    <dialog ref={dialogRef} className="restore-dialog" aria-labelledby="restore-title" onKeyDown={onKeyDown}>
      <h2 id="restore-title">{t('restoreTitle')}</h2>
      {error && (
        <p role="alert" className="restore-error">
          {error}
        </p>
      )}
      {busy && <p role="status">{t(BUSY_KEYS[busy])}</p>}
      {done && (
        <p role="status">
          {done.safetyBackupId
            ? t('restoringAfterSafety', { backup: isolate(done.safetyBackupId), name: isolate(done.name) })
            : t('restoring', { name: isolate(done.name) })}
        </p>
      )}
      {!chosen && !done && (
        <>
          {backups === null && !error && <p>{t('lookingForBackups')}</p>}
          {backups?.length === 0 && <p>{t('noBackups')}</p>}
          {backups && backups.length > 0 && (
            <table className="restore-backups">
              <caption>{t('backupsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columnDate')}</th>
                  <th scope="col">{t('columnArticles')}</th>
                  <th scope="col">{t('columnNotes')}</th>
                  <th scope="col">{t('columnSize')}</th>
                  <th scope="col">{t('columnVerified')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('columnRestore')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {backups.map((backup) => (
                  <tr key={backup.id}>
                    <th scope="row">{formatDateTime(backup.createdAt, locale)}</th>
                    <td>{count.format(backup.articleCount)}</td>
                    <td>{count.format(backup.noteCount)}</td>
                    <td>{backupSize(backup.bytes, t)}</td>
                    <td>{backup.verified ? t('yes') : t('no')}</td>
                    <td>
                      <button
                        type="button"
                        disabled={busy !== null}
                        aria-label={t('previewBackupOf', { when: formatDateTime(backup.createdAt, locale) })}
                        onClick={() => void preview({ kind: 'backup', id: backup.id }, backup.id)}
                      >
                        {t('preview')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p>
            <button type="button" disabled={busy !== null} onClick={() => void chooseFile()}>
              {t('chooseFile')}
            </button>
          </p>
        </>
      )}
      {chosen && <RestorePreview name={chosen.name} plan={chosen.plan} failures={chosen.contents.failures.length} />}
      <div className="restore-actions">
        {chosen && (
          <>
            <button type="button" disabled={busy !== null} onClick={() => void restore('merge')}>
              {t('merge')}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => void restore('replace')}>
              {t('replace')}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => setChosen(null)}>
              {t('back')}
            </button>
          </>
        )}
        <button type="button" disabled={busy !== null} onClick={() => dialogRef.current?.close()}>
          {t('common:close')}
        </button>
      </div>
    </dialog>
  );
}
