/**
 * Tags: every tag of the library with how many articles carry it; rename (renaming into an existing tag merges
 * the two), export, merge one into another, delete (the articles stay). Delete and merge ask first, naming how
 * many articles they change, and offer Undo; the merge starts with nothing chosen.
 */
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { deleteTag, mergeTags, renameTag, restoreTags, type TagsBefore } from '../../data/tags-repo';
import { startTagExport } from '../exporting';
import { isolated } from '../../ui/i18n';
import { ManageDialog } from './ManageDialog';
import { cleanName } from '../../data/names';
import { MergeTagsForm } from './MergeTagsForm';
import { RenameForm } from './RenameForm';

interface Props {
  /** Every tag and its number of articles. */
  tags: readonly [string, number][];
  onClose: () => void;
  onError: (error: unknown) => void;
}

type Pending = { kind: 'delete'; tag: string } | { kind: 'merge'; from: string; into: string };

export function TagsDialog({ tags, onClose, onError }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<{ message: ReactNode; before: TagsBefore } | null>(null);
  const names = tags.map(([name]) => name);
  const countOf = (name: string) => tags.find(([n]) => n === name)?.[1] ?? 0;
  const mergeHint = (old: string) => (value: string): ReactNode => {
    let clean: string;
    try {
      clean = cleanName(value, 'tag');
    } catch {
      return null;
    }
    return clean !== old && names.includes(clean) ? <Trans t={t} i18nKey="willMerge" components={isolated(clean)} /> : null;
  };
  const confirm = async (action: Pending) => {
    setPending(null);
    try {
      if (action.kind === 'delete') {
        const before = await deleteTag(db, action.tag);
        setDone({ message: <Trans t={t} i18nKey="untagged" count={before.length} components={isolated(action.tag)} />, before });
      } else {
        const before = await mergeTags(db, action.from, action.into);
        setDone({
          message: <Trans t={t} i18nKey="merged" count={before.length} components={isolated(action.from, action.into)} />,
          before,
        });
      }
    } catch (error) {
      onError(error);
    }
  };
  const askMerge = (from: string, into: string) => setPending({ kind: 'merge', from, into });
  const undo = async (before: TagsBefore) => {
    setDone(null);
    await restoreTags(db, before).catch(onError);
  };

  return (
    <ManageDialog title={t('tags')} onClose={onClose}>
      {pending && (
        <div className="confirm-bar" role="alert">
          <p>
            {pending.kind === 'delete' ? (
              <Trans t={t} i18nKey="confirmRemoveTag" count={countOf(pending.tag)} components={isolated(pending.tag)} />
            ) : (
              <Trans
                t={t}
                i18nKey="confirmMerge"
                values={{
                  fromCount: t('common:articleCount', { count: countOf(pending.from) }),
                  intoCount: t('common:articleCount', { count: countOf(pending.into) }),
                }}
                components={isolated(pending.from, pending.into)}
              />
            )}
          </p>
          <button type="button" className="danger-button" autoFocus onClick={() => void confirm(pending)}>
            {pending.kind === 'delete' ? t('deleteTagButton') : t('mergeTagsButton')}
          </button>
          <button type="button" className="quiet-button" onClick={() => setPending(null)}>
            {t('common:cancel')}
          </button>
        </div>
      )}
      <p className="manage-done" role="status">
        {done && (
          <>
            {done.message}{' '}
            <button type="button" className="quiet-button" onClick={() => void undo(done.before)}>
              {t('common:undo')}
            </button>
          </>
        )}
      </p>
      {tags.length === 0 ? (
        <p className="loading">{t('noTags')}</p>
      ) : (
        <ul className="manage-list" aria-label={t('tags')}>
          {tags.map(([name, count]) => (
            <li key={name}>
              {editing === name ? (
                <RenameForm
                  name={name}
                  hint={mergeHint(name)}
                  onSave={async (value) => {
                    await renameTag(db, name, value);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <span className="manage-name" dir="auto" title={name}>
                    {name}
                  </span>
                  <span className="facet-count">{count}</span>
                  <button type="button" className="quiet-button" aria-label={t('renameTag', { name })} onClick={() => setEditing(name)}>
                    {t('common:rename')}
                  </button>
                  <button type="button" className="quiet-button" aria-label={t('exportTag', { name })} onClick={() => startTagExport(db, name)}>
                    {t('common:export')}
                  </button>
                  <button
                    type="button"
                    className="quiet-button danger-button"
                    aria-label={t('deleteTag', { name })}
                    onClick={() => setPending({ kind: 'delete', tag: name })}
                  >
                    {t('common:delete')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {tags.length > 1 && <MergeTagsForm names={names} onMerge={askMerge} />}
    </ManageDialog>
  );
}
