/**
 * After a delete: "Deleted “Title”." (or "Deleted 12 articles.") with Undo, which puts every one of them back,
 * until the reader dismisses it or deletes something else.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { isolated } from '../../ui/i18n';
import { restoreArticles, type DeletedArticle } from '../../data/delete-repo';
import { useDb } from '../../data/db-context';

interface Props {
  deleted: readonly DeletedArticle[];
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function UndoDeleteNotice({ deleted, onDone, onError }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await restoreArticles(db, deleted);
      onDone();
    } catch (error) {
      onError(error);
      setBusy(false);
    }
  };
  const one = deleted.length === 1 ? deleted[0] : undefined;
  return (
    <div className="undo-notice" role="status" aria-label={one ? t('deletedArticle') : t('deletedArticles')}>
      <span>
        {one ? (
          <Trans t={t} i18nKey="deletedOne" components={isolated(one.article.title)} />
        ) : (
          t('deletedMany', { count: deleted.length })
        )}
      </span>
      <button type="button" disabled={busy} onClick={() => void undo()}>
        {t('common:undo')}
      </button>
      <button type="button" onClick={onDone}>
        {t('common:dismiss')}
      </button>
    </div>
  );
}
