/**
 * A backup's size as people read it, in the interface language: "63.2 MB", "812 KB", "12 bytes" (binary units,
 * one decimal for MB, the number written as the language writes it: "63,2 MB" in German, "63,2 Mo" in French).
 */
import type { TFunction } from 'i18next';

const KB = 1024;
const MB = 1024 * 1024;

export function backupSize(bytes: number, t: TFunction<'backups'>): string {
  if (bytes >= MB) return t('sizeMegabytes', { value: Math.round((bytes / MB) * 10) / 10 });
  if (bytes >= KB) return t('sizeKilobytes', { value: Math.round(bytes / KB) });
  return t('sizeBytes', { count: bytes });
}
