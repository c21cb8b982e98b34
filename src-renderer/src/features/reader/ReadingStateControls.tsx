/**
 * The article's reading states in the reader's bar: a Favourite toggle (a star, pressed when it is a favourite),
 * and in the More menu Archive (or Move out of archive) and Mark as unread (or Mark as read). Each is one change
 * through the reading-states repository; the article's live record and read marker show the result.
 */
import { Star } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { setArchived, setFavourite, setRead } from '../../data/reading-states-repo';
import { IconButton } from '../../ui/IconButton';
import { MenuItem } from './ReaderMoreMenu';

interface Props {
  article: ArticleRecord;
  onError: (error: unknown) => void;
}

export function FavouriteToggle({ article, onError }: Props) {
  const db = useDb();
  const { t } = useTranslation('reader');
  const on = Boolean(article.favouritedAt);
  return (
    <IconButton
      label={t('favourite')}
      className="favourite-toggle"
      icon={<Star aria-hidden="true" size={18} fill={on ? 'currentColor' : 'none'} />}
      aria-pressed={on}
      onClick={() => void setFavourite(db, [article.id], !on).catch(onError)}
    />
  );
}

/** Archive and Mark as read/unread, as More menu items; `read`: whether the article is marked read. */
export function ReadingStateMenuItems({ article, read, onError }: Props & { read: boolean }) {
  const db = useDb();
  const { t } = useTranslation('reader');
  const archived = Boolean(article.archivedAt);
  return (
    <>
      <MenuItem className="menu-item" onSelect={() => void setArchived(db, [article.id], !archived).catch(onError)}>
        {t(archived ? 'unarchiveArticle' : 'archiveArticle')}
      </MenuItem>
      <MenuItem className="menu-item" onSelect={() => void setRead(db, [article.id], !read).catch(onError)}>
        {t(read ? 'markUnread' : 'markRead')}
      </MenuItem>
    </>
  );
}
