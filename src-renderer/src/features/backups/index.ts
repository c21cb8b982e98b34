/** The backups feature's public parts: what the app may import (layer rule). */
export { BackupsDialog, BackupStatusLine } from './BackupsDialog';
export { backUp, openBackupsDialog } from './backup-store';
export { backupSize } from './backup-size';
export { backUpBeforeUpgrade } from './backup-before-upgrade';
export { useBackupSchedule } from './use-backup-schedule';
