/** The restoring feature's public parts: what other features and the app may import (layer rule). */
export { RestoreDialog } from './RestoreDialog';
export { openRestoreDialog } from './restore-dialog-store';
export { LibraryReplacedNotice, ReadOnlyBanner } from './LibraryNotices';
export { openReadOnlyCopy } from './open-read-only-copy';
export type { ReadOnlyCopy } from './open-read-only-copy';
