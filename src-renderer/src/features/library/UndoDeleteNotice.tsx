/**
 * After a delete: "Deleted “Title”." (or "Deleted 12 articles.") with Undo, which puts every one of them back,
 * until the reader dismisses it or deletes something else.
 */
import { Trans, useTranslation } from 'react-i18next';
import { isolated } from '../../ui/i18n';
import { UndoNotice } from '../../ui/UndoNotice';
import { restoreArticles, type DeletedArticle } from '../../data/delete-repo';
import { useDb } from '../../data/db-context';

interface Props {
  deleted: readonly DeletedArticle[];
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function UndoDeleteNotice({ deleted, onDone, onError }: Props) {
  const { t } = useTranslation('library');
  const db = useDb();
  const one = deleted.length === 1 ? deleted[0] : undefined;
  const offer = {
    label: one ? t('deletedArticle') : t('deletedArticles'),
    message: one ? <Trans t={t} i18nKey="deletedOne" components={isolated(one.article.title)} /> : t('deletedMany', { count: deleted.length }),
    undo: () => restoreArticles(db, deleted),
  };
  return <UndoNotice offer={offer} onDone={onDone} onError={onError} />;
}
