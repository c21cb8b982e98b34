/**
 * "Your library looks empty, but 3,412 articles were here on …: restore?": shown when the library is found empty
 * where the record says it held articles. Restore… opens the Restore dialog; Keep empty records the empty library
 * (and the first run as done, so no sample library arrives in its place). Never accepted silently.
 */
import { useTranslation } from 'react-i18next';
import type { LibraryRecord } from '../../../src-shared/contract';
import { formatDate } from '../../../src-shared/format/format';
import { openRestoreDialog } from '../features/restoring';
import { useFormattingLocale } from '../ui/i18n';

export function EmptyLibraryNotice({ record, onKeepEmpty }: { record: LibraryRecord; onKeepEmpty: () => void }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return (
    <div role="alertdialog" aria-labelledby="empty-library-text" className="error-alert empty-library-notice">
      <p id="empty-library-text">{t('emptyLibraryNotice', { count: record.articleCount, date: formatDate(record.openedAt, locale) })}</p>
      <button type="button" onClick={openRestoreDialog}>
        {t('restore')}
      </button>
      <button type="button" className="quiet-button" onClick={onKeepEmpty}>
        {t('keepEmpty')}
      </button>
    </div>
  );
}
