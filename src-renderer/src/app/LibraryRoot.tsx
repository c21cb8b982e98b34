/**
 * Which library the window shows: the library opened at start, the version guard when it was not opened, the
 * read-only copy of the latest backup the guard opened instead, or the library a Replace switched to (the App is
 * mounted afresh for it, and the library it retired is closed and deleted once it is no longer shown).
 */
import { useEffect, useState } from 'react';
import type { BackupEntry, LibraryRecord } from '../../../src-shared/contract';
import type { OffprintDatabase } from '../data/database';
import { removeLeftoverLibraries } from '../data/library-name';
import { onLibrarySwitch, type LibraryReplaced } from '../data/staging-library';
import { App } from './App';
import type { GuardStop, OpenedLibrary } from './open-library';
import { VersionGuardScreen } from './VersionGuardScreen';

type Shown =
  | { kind: 'library'; db: OffprintDatabase; emptyWhere: LibraryRecord | null; replaced: LibraryReplaced | null }
  | { kind: 'read-only'; db: OffprintDatabase; backup: BackupEntry }
  | { kind: 'stopped'; stop: GuardStop };

function initial(opened: OpenedLibrary): Shown {
  return opened.kind === 'open' ? { kind: 'library', db: opened.db, emptyWhere: opened.emptyWhere, replaced: null } : opened;
}

export function LibraryRoot({ opened }: { opened: OpenedLibrary }) {
  const [shown, setShown] = useState<Shown>(() => initial(opened));
  const [retired, setRetired] = useState<OffprintDatabase | null>(null);
  useEffect(
    () =>
      onLibrarySwitch((change) => {
        setShown({ kind: 'library', db: change.db, emptyWhere: null, replaced: change.replaced });
        setRetired(change.retired);
      }),
    [],
  );
  useEffect(() => {
    if (!retired) return;
    retired.close();
    removeLeftoverLibraries().catch((error: unknown) => console.error('[offprint] The replaced library could not be deleted:', error));
  }, [retired]);
  if (shown.kind === 'stopped') {
    return <VersionGuardScreen stop={shown.stop} onReadOnly={(copy) => setShown({ kind: 'read-only', ...copy })} />;
  }
  return shown.kind === 'read-only' ? (
    <App key={shown.db.name} db={shown.db} readOnly={shown.backup} />
  ) : (
    <App key={shown.db.name} db={shown.db} emptyWhere={shown.emptyWhere} replaced={shown.replaced} />
  );
}
