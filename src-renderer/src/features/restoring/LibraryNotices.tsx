/**
 * What the window says about which library it shows: the read-only copy of a backup (a banner that stays), or
 * the library a Replace just switched to (a notice that can be dismissed).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../src-shared/contract';
import { isolate } from '../../../../src-shared/i18n';
import type { LibraryReplaced } from '../../data/staging-library';
import { useFormattingLocale } from '../../ui/i18n';
import { readOnlyMessage } from './open-read-only-copy';

export function ReadOnlyBanner({ backup }: { backup: BackupEntry }) {
  const { t } = useTranslation(['backups', 'common']);
  const locale = useFormattingLocale();
  return (
    <p role="status" aria-label={t('readOnlyCopyLabel')} className="read-only-banner">
      {t('common:twoSentences', { first: readOnlyMessage(backup, locale), second: t('readOnlyCopyDetail') })}
    </p>
  );
}

export function LibraryReplacedNotice({ replaced }: { replaced: LibraryReplaced }) {
  const { t } = useTranslation(['backups', 'common']);
  const [shown, setShown] = useState(true);
  if (!shown) return null;
  const first = t('libraryReplaced', { count: replaced.articleCount, name: isolate(replaced.name) });
  const text = replaced.safetyBackupId
    ? t('common:twoSentences', { first, second: t('libraryReplacedSafety', { backup: isolate(replaced.safetyBackupId) }) })
    : first;
  return (
    <div role="status" aria-label={t('libraryReplacedLabel')} className="error-alert library-replaced-notice">
      <p>{text}</p>
      <button type="button" className="quiet-button" onClick={() => setShown(false)}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}
