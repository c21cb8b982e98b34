/**
 * What can be done to the selected articles at once: mark them read or unread, favourite them, archive them (or
 * undo those, when every selected article has the state), download the text of its link-only entries, add or remove a tag, put them on a collection or take
 * them off, delete them (with Undo). Export selected is the exporting bar's. Each action is one transaction and says
 * what it did.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Archive, ArchiveRestore, BookOpen, BookOpenCheck, Star, StarOff, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { addToCollection, removeFromCollection } from '../../data/collections-repo';
import type { CollectionRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { deleteArticles, type DeletedArticle } from '../../data/delete-repo';
import { linkOnlyLinks } from '../../data/link-only-repo';
import { setArchived, setFavourite, setRead } from '../../data/reading-states-repo';
import { addTag, removeTag } from '../../data/tags-repo';
import { BulkEditDetails } from './BulkEditDetails';
import type { RowStates } from '../../../../src-shared/contract';
import { cleanName } from '../../data/names';
import { isolated } from '../../ui/i18n';
import { Select } from '../../ui/Select';
import { DownloadTextButton, useDownloadText } from '../downloading';

interface Props {
  selectedIds: ReadonlySet<string>;
  /** The selection's reading states (each set when every selected article has it). */
  states: RowStates;
  collections: readonly CollectionRecord[];
  onDeleted: (deleted: DeletedArticle[]) => void;
  onClearSelection: () => void;
  onError: (error: unknown) => void;
  /** A new number (not 0) asks the collection picker to take the focus (Add to Collection… in a row's menu). */
  focusCollectionToken?: number;
}

export function BulkActions({ selectedIds, states, collections, onDeleted, onClearSelection, onError, focusCollectionToken = 0 }: Props) {
  const { t } = useTranslation(['library', 'importing']);
  const db = useDb();
  const id = useId();
  const [tag, setTag] = useState('');
  const [chosenCollection, setChosenCollection] = useState('');
  // What the last action did, for the selection it was done to: another selection does not see it (no stale line).
  const [doneFor, setDoneFor] = useState<{ text: ReactNode; selection: ReadonlySet<string> }>({ text: null, selection: selectedIds });
  const done = doneFor.selection === selectedIds ? doneFor.text : null;
  const setDone = (text: ReactNode) => setDoneFor({ text, selection: selectedIds });
  const [busy, setBusy] = useState(false);
  const collectionPicker = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusCollectionToken > 0) collectionPicker.current?.focus();
  }, [focusCollectionToken]);
  const collection = collections.some((c) => c.id === chosenCollection) ? chosenCollection : (collections[0]?.id ?? '');
  const collectionName = collections.find((c) => c.id === collection)?.name ?? '';
  const ids = [...selectedIds];
  const count = ids.length;
  // Download article text is offered when the selection holds link-only entries (only theirs is downloaded).
  const linkOnlySelected = useLiveQuery(async () => (await linkOnlyLinks(db, [...selectedIds])).length, [db, selectedIds]) ?? 0;
  const download = useDownloadText(onError);

  const run = async (action: () => Promise<ReactNode>) => {
    setBusy(true);
    setDone(null);
    try {
      setDone(await action());
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const addTyped = () =>
    run(async () => {
      const added = await addTag(db, ids, tag);
      setTag('');
      return <Trans t={t} i18nKey="tagged" count={count} components={isolated(added)} />;
    });

  const removeTyped = async () => {
    const name = cleanName(tag, 'tag');
    await removeTag(db, ids, name);
    setTag('');
    return <Trans t={t} i18nKey="untagged" count={count} components={isolated(name)} />;
  };

  return (
    <div className="bulk-actions" role="group" aria-label={t('selectedArticles')}>
      <div className="bulk-row bulk-states">
        <ActionButton
          icon={states.read ? BookOpen : BookOpenCheck}
          disabled={busy || count === 0}
          action={async () => {
            await setRead(db, ids, !states.read);
            return t(states.read ? 'markedUnread' : 'markedRead');
          }}
          run={run}
        >
          {t(states.read ? 'markUnread' : 'markRead')}
        </ActionButton>
        <ActionButton
          icon={states.favourite ? StarOff : Star}
          disabled={busy || count === 0}
          action={async () => {
            await setFavourite(db, ids, !states.favourite);
            return t(states.favourite ? 'unfavourited' : 'favourited');
          }}
          run={run}
        >
          {t(states.favourite ? 'unfavourite' : 'favourite')}
        </ActionButton>
        <ActionButton
          icon={states.archived ? ArchiveRestore : Archive}
          disabled={busy || count === 0}
          action={async () => {
            await setArchived(db, ids, !states.archived);
            return t(states.archived ? 'unarchivedDone' : 'archivedDone');
          }}
          run={run}
        >
          {t(states.archived ? 'unarchive' : 'archive')}
        </ActionButton>
        <BulkEditDetails articleIds={ids} disabled={busy || count === 0} />
        {linkOnlySelected > 0 && <DownloadTextButton label={t('importing:downloadText')} onDownload={() => download(ids)} />}
      </div>
      {/* Enter in the tag name adds the tag. */}
      <form
        className="bulk-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && count > 0) void addTyped();
        }}
      >
        <label htmlFor={`${id}-tag`}>{t('tagName')}</label>
        <input
          id={`${id}-tag`}
          type="text"
          className="bulk-tag-input"
          value={tag}
          maxLength={64}
          onChange={(e) => setTag(e.target.value)}
        />
        <button type="submit" disabled={busy || count === 0}>
          {t('addTag')}
        </button>
        <ActionButton
          disabled={busy || count === 0}
          action={removeTyped}
          run={run}
        >
          {t('removeTag')}
        </ActionButton>
      </form>
      {collections.length > 0 && (
        <div className="bulk-row">
          <label htmlFor={`${id}-collection`}>{t('collection')}</label>
          <Select
            ref={collectionPicker}
            id={`${id}-collection`}
            value={collection}
            options={collections.map((c) => ({ value: c.id, label: c.name }))}
            onChange={setChosenCollection}
          />
          <ActionButton
            disabled={busy || count === 0}
            action={async () => {
              await addToCollection(db, ids, collection);
              return <Trans t={t} i18nKey="addedToCollection" count={count} components={isolated(collectionName)} />;
            }}
            run={run}
          >
            {t('addToCollection')}
          </ActionButton>
          <ActionButton
            disabled={busy || count === 0}
            action={async () => {
              await removeFromCollection(db, ids, collection);
              return <Trans t={t} i18nKey="tookOffCollection" count={count} components={isolated(collectionName)} />;
            }}
            run={run}
          >
            {t('removeFromCollection')}
          </ActionButton>
        </div>
      )}
      <div className="bulk-row">
        <ActionButton
          className="danger-button"
          disabled={busy || count === 0}
          action={async () => {
            const deleted = await deleteArticles(db, ids);
            onClearSelection();
            onDeleted(deleted);
            return null;
          }}
          run={run}
        >
          {t('deleteSelected')}
        </ActionButton>
        <p className="bulk-done" role="status">
          {done}
        </p>
      </div>
    </div>
  );
}

/**
 * A bulk action's button: runs its action through `run` (busy state, the status line, errors). With an icon (the
 * reading states), the icon then the words, which an ellipsis cuts in a narrow window (the whole in the tooltip),
 * so the row stays one row.
 */
function ActionButton({ action, run, disabled, className, icon: Icon, children }: {
  action: () => Promise<ReactNode>;
  run: (action: () => Promise<ReactNode>) => Promise<void>;
  disabled: boolean;
  className?: string;
  icon?: LucideIcon;
  children: string;
}) {
  return (
    <button
      type="button"
      className={Icon ? `bulk-icon-button${className ? ` ${className}` : ''}` : className}
      title={Icon ? children : undefined}
      disabled={disabled}
      onClick={() => void run(action)}
    >
      {Icon ? (
        <>
          <Icon aria-hidden="true" size={16} />
          <span className="bulk-label">{children}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
