/** "Delete article" in the reader bar's More menu: removes the article at once; the library then offers Undo. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuItem } from './ReaderMoreMenu';
import { deleteArticle, type DeletedArticle } from '../../data/delete-repo';
import { useDb } from '../../data/db-context';

interface Props {
  articleId: string;
  onDeleted: (deleted: DeletedArticle) => void;
  onError: (error: unknown) => void;
}

export function DeleteArticleButton({ articleId, onDeleted, onError }: Props) {
  const db = useDb();
  const { t } = useTranslation('reader');
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    try {
      const deleted = await deleteArticle(db, articleId);
      if (deleted) onDeleted(deleted);
    } catch (error) {
      onError(error);
      setBusy(false);
    }
  };
  return (
    <MenuItem className="menu-item danger" disabled={busy} onSelect={() => void remove()}>
      {t('deleteArticle')}
    </MenuItem>
  );
}
