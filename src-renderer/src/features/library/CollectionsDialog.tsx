/**
 * Collections (shelves): create one, rename, delete (its articles stay in the library), with their sizes. Delete
 * asks first, naming how many articles the collection holds, and offers Undo. A sidebar collection's context
 * menu opens it on that collection (manage-start.ts): renaming it, or asking to delete it.
 */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '../../data/bridge';
import { createCollection, deleteCollection, renameCollection, restoreCollection } from '../../data/collections-repo';
import type { CollectionRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { isolated } from '../../ui/i18n';
import { ConfirmBar } from './ConfirmBar';
import { ManageDialog } from './ManageDialog';
import { startValue, type ManageStart } from './manage-start';
import { RenameForm } from './RenameForm';
import { UndoStatus, type UndoableChange } from './UndoStatus';

interface Props {
  collections: readonly CollectionRecord[];
  /** Articles per collection id. */
  sizes: ReadonlyMap<string, number>;
  onClose: () => void;
  onError: (error: unknown) => void;
  /** The sidebar menu's choice the dialog opens with. */
  start?: ManageStart;
}

export function CollectionsDialog({ collections, sizes, onClose, onError, start }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(() => startValue(start, 'rename'));
  const [pendingId, setPendingId] = useState<string | null>(() => startValue(start, 'delete'));
  const [done, setDone] = useState<UndoableChange | null>(null);
  const pending = collections.find((c) => c.id === pendingId) ?? null;
  const sizeOf = (id: string) => sizes.get(id) ?? 0;
  const remove = async (collection: CollectionRecord) => {
    setPendingId(null);
    try {
      const deleted = await deleteCollection(db, collection.id);
      setDone({
        message: <Trans t={t} i18nKey="deletedCollection" count={deleted.articleIds.length} components={isolated(collection.name)} />,
        undo: () => {
          setDone(null);
          restoreCollection(db, deleted).catch(onError);
        },
      });
    } catch (failure) {
      onError(failure);
    }
  };
  const create = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await createCollection(db, name);
      setName('');
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <ManageDialog title={t('collections')} onClose={onClose}>
      {pending && (
        <ConfirmBar
          message={<Trans t={t} i18nKey="confirmDeleteCollection" count={sizeOf(pending.id)} components={isolated(pending.name)} />}
          confirmLabel={t('deleteCollectionButton')}
          onConfirm={() => void remove(pending)}
          onCancel={() => setPendingId(null)}
        />
      )}
      <UndoStatus done={done} />
      <form className="create-form" onSubmit={(event) => void create(event)}>
        <input
          type="text"
          aria-label={t('newCollectionName')}
          placeholder={t('newCollection')}
          value={name}
          maxLength={64}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">{t('createCollection')}</button>
        {error && (
          <p className="facet-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {collections.length === 0 ? (
        <p className="loading">{t('noCollections')}</p>
      ) : (
        <ul className="manage-list" aria-label={t('collections')}>
          {collections.map((collection) => (
            <li key={collection.id}>
              {editing === collection.id ? (
                <RenameForm
                  name={collection.name}
                  onSave={async (value) => {
                    await renameCollection(db, collection.id, value);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <span className="manage-name" dir="auto" title={collection.name}>{collection.name}</span>
                  <span className="facet-count">{sizeOf(collection.id)}</span>
                  <button
                    type="button"
                    className="quiet-button"
                    aria-label={t('renameCollection', { name: collection.name })}
                    onClick={() => setEditing(collection.id)}
                  >
                    {t('common:rename')}
                  </button>
                  <button
                    type="button"
                    className="quiet-button danger-button"
                    aria-label={t('deleteCollection', { name: collection.name })}
                    onClick={() => setPendingId(collection.id)}
                  >
                    {t('common:delete')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </ManageDialog>
  );
}
