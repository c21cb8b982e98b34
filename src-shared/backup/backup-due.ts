/**
 * When an automatic backup is due (issue 12): always before a schema upgrade and before the first start on a new
 * app or Electron version; otherwise only after a change to the library, at most once a calendar day, and only
 * while the person is idle. Skipped when nothing changed since the last good backup. Pure: the renderer gathers
 * the facts (the change counter, the idle time) and main the versions.
 */
import type { BackupReason } from '../contract/backup';
import { dayKey } from './rotation';

/** No input for this long counts as idle. */
export const IDLE_AFTER_MS = 2 * 60 * 1000;

export interface BackupFacts {
  now: Date;
  /** When the last verified backup was made; null: never. */
  lastBackupAt: Date | null;
  /** The library's change stamp when that backup was made; null: never. */
  lastBackupStamp: string | null;
  /** The library's change stamp now (any value that changes when the library does). */
  libraryStamp: string;
  /** The library holds no article: nothing to back up on a schedule. */
  libraryEmpty: boolean;
  /** How long since the last mouse or key input. */
  idleForMs: number;
  /** A schema upgrade is about to run. */
  schemaUpgradePending: boolean;
  /** This is the first start on an app or Electron version other than the last one recorded. */
  newVersion: boolean;
}

export type BackupDecision = { due: true; reason: BackupReason } | { due: false; why: 'unchanged' | 'today' | 'busy' | 'empty' };

export function backupDue(facts: BackupFacts): BackupDecision {
  const changed = facts.lastBackupStamp === null || facts.lastBackupStamp !== facts.libraryStamp;
  if (facts.schemaUpgradePending && !facts.libraryEmpty) return { due: true, reason: 'schema-upgrade' };
  if (facts.newVersion && !facts.libraryEmpty && changed) return { due: true, reason: 'new-version' };
  if (facts.libraryEmpty) return { due: false, why: 'empty' };
  if (!changed) return { due: false, why: 'unchanged' };
  if (facts.lastBackupAt && dayKey(facts.lastBackupAt) === dayKey(facts.now)) return { due: false, why: 'today' };
  if (facts.idleForMs < IDLE_AFTER_MS) return { due: false, why: 'busy' };
  return { due: true, reason: 'scheduled' };
}
