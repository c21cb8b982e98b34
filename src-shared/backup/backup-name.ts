/**
 * Backup file names: `Offprint 2026-12-02 053012Z 3412 articles.offprint`. The time is UTC (so that names sort in
 * the order the backups were made, across DST changes and time zones), then the article count. Sortable by name,
 * and parsed back without opening the file.
 */

export const BACKUP_EXTENSION = '.offprint';

const NAME = /^Offprint (\d{4})-(\d{2})-(\d{2}) (\d{2})(\d{2})(\d{2})Z (\d+) articles?(?: \((\d+)\))?\.offprint$/;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The file name of a backup made at `createdAt` holding `articleCount` articles; `attempt` > 1 adds ` (2)`. */
export function backupFileName(createdAt: Date, articleCount: number, attempt = 1): string {
  const date = `${createdAt.getUTCFullYear()}-${pad(createdAt.getUTCMonth() + 1)}-${pad(createdAt.getUTCDate())}`;
  const time = `${pad(createdAt.getUTCHours())}${pad(createdAt.getUTCMinutes())}${pad(createdAt.getUTCSeconds())}Z`;
  const count = `${articleCount} ${articleCount === 1 ? 'article' : 'articles'}`;
  return `Offprint ${date} ${time} ${count}${attempt > 1 ? ` (${attempt})` : ''}${BACKUP_EXTENSION}`;
}

export interface ParsedBackupName {
  /** To the second, UTC. */
  createdAt: Date;
  articleCount: number;
  /** 1, or n for the n-th backup made in the same second (` (n)` in the name). */
  attempt: number;
}

/** What a backup's name says, or null when it is not a backup's name. */
export function parseBackupFileName(name: string): ParsedBackupName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0, count = 0] = match.slice(1, 8).map(Number);
  const createdAt = new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));
  if (createdAt.getUTCDate() !== day || createdAt.getUTCMonth() !== month - 1 || hours > 23 || minutes > 59 || seconds > 59) return null;
  return { createdAt, articleCount: count, attempt: match[8] === undefined ? 1 : Number(match[8]) };
}
