/**
 * The article's tags in its header: each with a small × that removes it (then "Removed the tag “x”." with Undo,
 * which puts it back where it was), and Add tag (AddTagBox). Long tags are cut with an ellipsis, whole in the
 * tooltip; the list wraps within the header.
 */
import { X } from 'lucide-react';
import { useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { removeTag, restoreTags } from '../../data/tags-repo';
import { localeDirection } from '../../../../src-shared/i18n';
import { isolated, useInterfaceLocale } from '../../ui/i18n';
import { AddTagBox } from './AddTagBox';

interface Props {
  article: Pick<ArticleRecord, 'id' | 'tags' | 'keywords'>;
  onError: (error: unknown) => void;
}

/** `list` with `tag` back at `index` (or at its end), unless it is there again already. */
function withTagAt(list: readonly string[], tag: string, index: number): string[] {
  if (list.includes(tag)) return [...list];
  return [...list.slice(0, index), tag, ...list.slice(index)];
}

export function ArticleTags({ article, onError }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const db = useDb();
  const [removed, setRemoved] = useState<{ tag: string; index: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // The controls speak the interface's language (the tags themselves are the reader's words, each its own way).
  const lang = useInterfaceLocale();
  const dir = localeDirection(lang);

  const remove = async (tag: string) => {
    const index = article.tags.indexOf(tag);
    // The focus goes on to the next tag's ×, or the one before, or Add tag, not to the page's top.
    const buttons = [...(root.current?.querySelectorAll<HTMLButtonElement>('.remove-tag-button') ?? [])];
    const next = buttons[index + 1] ?? buttons[index - 1] ?? root.current?.querySelector<HTMLButtonElement>('.add-tag-button');
    try {
      await removeTag(db, [article.id], tag);
      setRemoved({ tag, index });
      next?.focus();
    } catch (error) {
      onError(error);
    }
  };
  const undo = async () => {
    if (!removed) return;
    setRemoved(null);
    // The Undo button goes away: the focus stays in the tags.
    root.current?.querySelector<HTMLButtonElement>('.add-tag-button')?.focus();
    await restoreTags(db, [{ id: article.id, tags: withTagAt(article.tags, removed.tag, removed.index) }]).catch(onError);
  };

  return (
    <>
      <div className="reader-tags" ref={root}>
      {article.tags.length > 0 && (
        <ul className="tag-list tag-chips" aria-label={t('tags')}>
          {article.tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span className="tag-chip-name" dir="auto" title={tag}>
                {tag}
              </span>
              <button
                type="button"
                className="remove-tag-button"
                aria-label={t('removeTagNamed', { name: tag })}
                title={t('removeTagNamed', { name: tag })}
                onClick={() => void remove(tag)}
              >
                <X aria-hidden="true" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <span lang={lang} dir={dir}>
        <AddTagBox article={article} onError={onError} />
      </span>
      </div>
      <p className="tag-undo" role="status" lang={lang} dir={dir}>
        {removed && (
          <>
            <Trans t={t} i18nKey="removedTag" components={isolated(removed.tag)} />{' '}
            <button type="button" className="quiet-button" onClick={() => void undo()}>
              {t('common:undo')}
            </button>
          </>
        )}
      </p>
    </>
  );
}
