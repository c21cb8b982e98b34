/** Collections (shelves): create one, rename, delete (its articles stay in the library), with their sizes. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../data/bridge';
import { createCollection, deleteCollection, renameCollection } from '../../data/collections-repo';
import type { CollectionRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { ManageDialog } from './ManageDialog';
import { RenameForm } from './RenameForm';

interface Props {
  collections: readonly CollectionRecord[];
  /** Articles per collection id. */
  sizes: ReadonlyMap<string, number>;
  onClose: () => void;
  onError: (error: unknown) => void;
}

export function CollectionsDialog({ collections, sizes, onClose, onError }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
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
                  <span className="facet-count">{sizes.get(collection.id) ?? 0}</span>
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
                    onClick={() => void deleteCollection(db, collection.id).catch(onError)}
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
