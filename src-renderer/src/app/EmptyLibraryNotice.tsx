/**
 * "Your library looks empty, but 3,412 articles were here on …: restore?": shown when the library is found empty
 * where the record says it held articles. Restore… opens the Restore dialog; Keep empty records the empty library
 * (and the first run as done, so no sample library arrives in its place). Never accepted silently.
 */
import type { LibraryRecord } from '../../../src-shared/contract';
import { formatDate } from '../../../src-shared/format/format';
import { formatCount } from '../features/importing';
import { openRestoreDialog } from '../features/restoring';

export function EmptyLibraryNotice({ record, onKeepEmpty }: { record: LibraryRecord; onKeepEmpty: () => void }) {
  return (
    <div role="alertdialog" aria-labelledby="empty-library-text" className="error-alert empty-library-notice">
      <p id="empty-library-text">
        Your library looks empty, but {formatCount(record.articleCount)} {record.articleCount === 1 ? 'article was' : 'articles were'} here on{' '}
        {formatDate(record.openedAt)}: restore?
      </p>
      <button type="button" onClick={openRestoreDialog}>
        Restore…
      </button>
      <button type="button" className="quiet-button" onClick={onKeepEmpty}>
        Keep empty
      </button>
    </div>
  );
}
