/**
 * The automatic backups: after a change to the library, at most once a calendar day, when the person has been
 * idle for a while, and on the first start of a new app or Electron version (backupDue, src-shared/backup). The
 * facts are checked at start, after each change and every minute; the backup itself starts from an idle callback.
 */
import { useEffect } from 'react';
import { backupDue, IDLE_AFTER_MS } from '../../../../src-shared/backup/backup-due';
import { hasArticles } from '../../data/articles-repo';
import { libraryStamp, recordLibraryChanges } from '../../data/backup-repo';
import type { OffprintDatabase } from '../../data/database';
import { backUp, currentBackupState, refreshBackupStatus } from './backup-store';

const CHECK_EVERY_MS = 60 * 1000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function useBackupSchedule(db: OffprintDatabase, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    let lastInputAt = Date.now();
    let stopped = false;
    const onInput = () => void (lastInputAt = Date.now());
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    const check = async () => {
      if (stopped || currentBackupState().run.phase === 'busy') return;
      const status = await refreshBackupStatus();
      const decision = backupDue({
        now: new Date(),
        lastBackupAt: status.lastBackup ? new Date(status.lastBackup.createdAt) : null,
        lastBackupStamp: status.lastBackupStamp,
        libraryStamp: await libraryStamp(db),
        libraryEmpty: !(await hasArticles(db)),
        idleForMs: Date.now() - lastInputAt,
        // Never pending here: the backup before a schema upgrade is made before the library is opened
        // (backup-before-upgrade.ts, called by openLibrary), so by now the upgrade has run.
        schemaUpgradePending: false,
        newVersion: status.newVersion,
      });
      if (!decision.due || stopped) return;
      const start = () => void backUp(db, decision.reason);
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: IDLE_AFTER_MS });
      else start();
    };
    const safeCheck = () => void check().catch(() => undefined);
    const stopRecording = recordLibraryChanges(db, safeCheck);
    const timer = window.setInterval(safeCheck, CHECK_EVERY_MS);
    safeCheck();
    return () => {
      stopped = true;
      stopRecording();
      window.clearInterval(timer);
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    };
  }, [db, enabled]);
}
