/**
 * Tags: every tag of the library with how many articles carry it; rename (renaming into an existing tag merges
 * the two), export, merge one into another, delete (the articles stay). Delete and merge ask first, naming how
 * many articles they change, and offer Undo; the merge starts with nothing chosen. A sidebar tag's context menu
 * opens it on that tag (manage-start.ts): renaming it, asking to delete it, or with it chosen to merge.
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
import { ConfirmBar } from './ConfirmBar';
import { startValue, type ManageStart } from './manage-start';
import { UndoStatus, type UndoableChange } from './UndoStatus';

interface Props {
  /** Every tag and its number of articles. */
  tags: readonly [string, number][];
  onClose: () => void;
  onError: (error: unknown) => void;
  /** The sidebar menu's choice the dialog opens with. */
  start?: ManageStart;
}

type Pending = { kind: 'delete'; tag: string } | { kind: 'merge'; from: string; into: string };

export function TagsDialog({ tags, onClose, onError, start }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const db = useDb();
  const [editing, setEditing] = useState<string | null>(() => startValue(start, 'rename'));
  const [pending, setPending] = useState<Pending | null>(() => {
    const tag = startValue(start, 'delete');
    return tag === null ? null : { kind: 'delete', tag };
  });
  const [done, setDone] = useState<UndoableChange | null>(null);
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
  const undoable = (message: ReactNode, before: TagsBefore): UndoableChange => ({
    message,
    undo: () => {
      setDone(null);
      restoreTags(db, before).catch(onError);
    },
  });
  const confirm = async (action: Pending) => {
    setPending(null);
    try {
      if (action.kind === 'delete') {
        const before = await deleteTag(db, action.tag);
        setDone(undoable(<Trans t={t} i18nKey="untagged" count={before.length} components={isolated(action.tag)} />, before));
      } else {
        const before = await mergeTags(db, action.from, action.into);
        setDone(undoable(<Trans t={t} i18nKey="merged" count={before.length} components={isolated(action.from, action.into)} />, before));
      }
    } catch (error) {
      onError(error);
    }
  };
  const mergeFrom = startValue(start, 'merge');
  const askMerge = (from: string, into: string) => setPending({ kind: 'merge', from, into });

  return (
    <ManageDialog title={t('tags')} onClose={onClose}>
      {pending && (
        <ConfirmBar
          message={
            pending.kind === 'delete' ? (
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
            )
          }
          confirmLabel={pending.kind === 'delete' ? t('deleteTagButton') : t('mergeTagsButton')}
          onConfirm={() => void confirm(pending)}
          onCancel={() => setPending(null)}
        />
      )}
      <UndoStatus done={done} />
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
      {tags.length > 1 && <MergeTagsForm names={names} from={mergeFrom} onMerge={askMerge} />}
    </ManageDialog>
  );
}
