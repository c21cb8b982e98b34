/**
 * Download article text for these entries (or every link-only entry of the library): their links, queued as an
 * import, whose status panel shows the progress, Cancel and the report.
 */
import { useCallback } from 'react';
import { useDb } from '../../data/db-context';
import { linkOnlyLinks } from '../../data/link-only-repo';
import { importQueueFor } from '../importing';
import { downloadRequest } from './download-request';

/** `ids`: the entries (those of them that are link-only are downloaded); null: every link-only entry. */
export function useDownloadText(onError: (error: unknown) => void): (ids: readonly string[] | null) => void {
  const db = useDb();
  return useCallback(
    (ids) => {
      void linkOnlyLinks(db, ids)
        .then((links) => {
          if (links.length > 0) importQueueFor(db).run(downloadRequest(links));
        })
        .catch(onError);
    },
    [db, onError],
  );
}
