import { describe, expect, it } from 'vitest';
import { backupDue, IDLE_AFTER_MS, type BackupFacts } from '../../../../src-shared/backup/backup-due';

const facts = (overrides: Partial<BackupFacts> = {}): BackupFacts => ({
  now: new Date(2026, 11, 2, 15),
  lastBackupAt: new Date(2026, 11, 1, 15),
  lastBackupStamp: 'stamp-1',
  libraryStamp: 'stamp-2',
  libraryEmpty: false,
  idleForMs: IDLE_AFTER_MS,
  schemaUpgradePending: false,
  newVersion: false,
  ...overrides,
});

describe('backupDue', () => {
  it('is due after a change, on another day, when the person is idle', () => {
    expect(backupDue(facts())).toEqual({ due: true, reason: 'scheduled' });
    expect(backupDue(facts({ lastBackupAt: null, lastBackupStamp: null }))).toEqual({ due: true, reason: 'scheduled' });
  });

  it('is skipped when nothing changed, when a backup was made today, or while the person works', () => {
    expect(backupDue(facts({ libraryStamp: 'stamp-1' }))).toEqual({ due: false, why: 'unchanged' });
    expect(backupDue(facts({ lastBackupAt: new Date(2026, 11, 2, 0, 1) }))).toEqual({ due: false, why: 'today' });
    expect(backupDue(facts({ idleForMs: IDLE_AFTER_MS - 1 }))).toEqual({ due: false, why: 'busy' });
    expect(backupDue(facts({ libraryEmpty: true }))).toEqual({ due: false, why: 'empty' });
  });

  it('counts "today" by the calendar: a backup at 23:59 yesterday lets one run at 00:01', () => {
    const now = new Date(2026, 11, 2, 0, 1);
    expect(backupDue(facts({ now, lastBackupAt: new Date(2026, 11, 1, 23, 59) }))).toEqual({ due: true, reason: 'scheduled' });
  });

  it('always runs before a schema upgrade, busy or not, changed or not, twice a day or not', () => {
    const before = facts({ schemaUpgradePending: true, libraryStamp: 'stamp-1', idleForMs: 0, lastBackupAt: new Date(2026, 11, 2, 14) });
    expect(backupDue(before)).toEqual({ due: true, reason: 'schema-upgrade' });
  });

  it('runs on the first start of a new app or Electron version unless the last backup already holds this library', () => {
    const first = facts({ newVersion: true, idleForMs: 0, lastBackupAt: new Date(2026, 11, 2, 14) });
    expect(backupDue(first)).toEqual({ due: true, reason: 'new-version' });
    expect(backupDue({ ...first, libraryStamp: 'stamp-1' })).toEqual({ due: false, why: 'unchanged' });
    expect(backupDue({ ...first, libraryEmpty: true })).toEqual({ due: false, why: 'empty' });
  });
});
