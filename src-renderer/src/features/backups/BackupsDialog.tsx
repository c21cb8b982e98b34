/**
 * File → Backups…: the Backups settings. The last backup (when, how many articles, verified), the last failure,
 * the folder (its name only: main holds the path, chosen in main's own dialog), Show Backups Folder and Back Up
 * Now. Also the status line of a backup under way or just finished (a live region, always present).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackupFolder } from '../../../../src-shared/contract';
import { formatDateTime } from '../../../../src-shared/format/format';
import { isolate } from '../../../../src-shared/i18n';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import { failureMessage } from '../../data/reason-message';
import { useDb } from '../../data/db-context';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useFormattingLocale } from '../../ui/i18n';
import { backUp, dismissBackupRun, refreshBackupStatus, useBackupState } from './backup-store';
import { backupSize } from './backup-size';
import './backups.css';

export function BackupStatusLine() {
  const { t } = useTranslation('backups');
  const { run } = useBackupState();
  return (
    <div className="backup-status-area">
      <div role="status" aria-label={t('backupStatus')} className="backup-status" data-backup-phase={run.phase}>
        {run.phase === 'busy' && <p>{run.total > 0 ? t('backingUpOf', { done: run.done, count: run.total }) : t('backingUp')}</p>}
        {run.phase === 'done' && (
          <>
            <p>{t('backedUp', { count: run.articleCount })}</p>
            <button type="button" className="quiet-button" onClick={dismissBackupRun}>
              {t('dismiss')}
            </button>
          </>
        )}
      </div>
      {run.phase === 'error' && <ErrorAlert message={t('backupFailed', { reason: errorMessage(run.error) })} onDismiss={dismissBackupRun} />}
    </div>
  );
}

export function BackupsDialog({ onError }: { onError: (error: unknown) => void }) {
  const db = useDb();
  const { t } = useTranslation(['backups', 'common']);
  const locale = useFormattingLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { run, status, dialogRequests } = useBackupState();
  // Shown once the folder was opened with no backup in it: an empty folder is not left to explain itself.
  const [emptyFolder, setEmptyFolder] = useState(false);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialogRequests === 0 || !dialog || dialog.open) return;
    setEmptyFolder(false);
    dialog.showModal();
    void refreshBackupStatus().catch(onError);
  }, [dialogRequests, onError]);
  const showFolder = async () => {
    try {
      // Main makes the folder if no backup made it yet, then the system's file manager shows it.
      unwrap(await bridge().backup.showFolder());
      setEmptyFolder(unwrap(await bridge().backup.list()).length === 0);
    } catch (error) {
      onError(new Error(errorMessage(error)));
    }
  };
  const changeFolder = async (choose: () => Promise<BackupFolder | null>) => {
    try {
      if (await choose()) await refreshBackupStatus();
    } catch (error) {
      onError(new Error(errorMessage(error)));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialogRef.current?.close();
  };
  const last = status?.lastBackup ?? null;
  return (
    <dialog ref={dialogRef} className="backups-dialog" aria-labelledby="backups-title" onKeyDown={onKeyDown}>
      <h2 id="backups-title">{t('backupsTitle')}</h2>
      <p>{t('intro')}</p>
      <dl className="backups-facts">
        <dt>{t('lastBackup')}</dt>
        <dd data-testid="last-backup">
          {last ? (
            <Trans
              t={t}
              i18nKey={last.verified ? 'lastBackupVerified' : 'lastBackupUnverified'}
              values={{
                when: formatDateTime(last.createdAt, locale),
                articles: t('articleCount', { count: last.articleCount }),
                size: backupSize(last.bytes, t),
              }}
              components={[<time key="when" dateTime={last.createdAt} />]}
            />
          ) : (
            t('noneYet')
          )}
        </dd>
        {status?.lastFailure && (
          <>
            <dt>{t('lastAttempt')}</dt>
            <dd data-testid="last-failure">
              <Trans
                t={t}
                i18nKey="failedOn"
                values={{ when: formatDateTime(status.lastFailure.at, locale), reason: failureMessage(status.lastFailure) }}
                components={[<time key="when" dateTime={status.lastFailure.at} />]}
              />
            </dd>
          </>
        )}
        <dt>{t('folder')}</dt>
        <dd data-testid="backup-folder">
          {status && (status.folder.chosen ? status.folder.name : t('folderInLibrary', { name: isolate(status.folder.name) }))}
          {!status && '…'}
        </dd>
      </dl>
      <div className="backups-actions">
        <button type="button" disabled={run.phase === 'busy'} onClick={() => void backUp(db, 'manual')}>
          {t('backUpNow')}
        </button>
        <button type="button" onClick={() => void showFolder()}>
          {t('common:showBackupsFolder')}
        </button>
        <button type="button" onClick={() => void changeFolder(async () => unwrap(await bridge().backup.chooseFolder()))}>
          {t('chooseFolder')}
        </button>
        {status?.folder.chosen && (
          <button type="button" onClick={() => void changeFolder(async () => unwrap(await bridge().backup.useDefaultFolder()))}>
            {t('useLibraryFolder')}
          </button>
        )}
      </div>
      <div role="status">
        {emptyFolder && <p>{t('folderHasNoBackups')}</p>}
      </div>
      <form method="dialog">
        <button type="submit">{t('common:close')}</button>
      </form>
    </dialog>
  );
}
