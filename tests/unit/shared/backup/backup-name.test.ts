import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupFileName } from '../../../../src-shared/backup/backup-name';

describe('backup file names', () => {
  it('names a backup by its UTC time and article count, and reads the name back', () => {
    const createdAt = new Date('2026-12-02T05:30:12.345Z');
    const name = backupFileName(createdAt, 3412);
    expect(name).toBe('Offprint 2026-12-02 053012Z 3412 articles.offprint');
    expect(parseBackupFileName(name)).toEqual({ createdAt: new Date('2026-12-02T05:30:12Z'), articleCount: 3412, attempt: 1 });
    expect(backupFileName(createdAt, 1)).toBe('Offprint 2026-12-02 053012Z 1 article.offprint');
    expect(parseBackupFileName(backupFileName(createdAt, 1, 2))).toEqual({ createdAt: new Date('2026-12-02T05:30:12Z'), articleCount: 1, attempt: 2 });
  });

  it('sorts by name in the order the backups were made', () => {
    const times = ['2026-12-02T05:30:12Z', '2026-01-31T23:59:59Z', '2026-10-25T01:30:00Z', '2026-10-25T00:30:00Z'];
    const names = times.map((time, index) => backupFileName(new Date(time), index * 1000));
    const byName = [...names].sort();
    expect(byName.map((name) => parseBackupFileName(name)?.createdAt.toISOString())).toEqual(
      [...times].sort().map((time) => new Date(time).toISOString()),
    );
  });

  it('is not fooled by other files or impossible dates', () => {
    expect(parseBackupFileName('My library.offprint')).toBeNull();
    expect(parseBackupFileName('.Offprint 2026-12-02 053012Z 3 articles.offprint.ab12.partial')).toBeNull();
    expect(parseBackupFileName('Offprint 2026-02-30 053012Z 3 articles.offprint')).toBeNull();
    expect(parseBackupFileName('Offprint 2026-12-02 256012Z 3 articles.offprint')).toBeNull();
  });
});
