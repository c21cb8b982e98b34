/**
 * Tags: every tag of the library with how many articles carry it; rename (renaming into an existing tag merges
 * the two), export, merge one into another, delete (the articles stay). Delete and merge ask first, naming how
 * many articles they change, and offer Undo; the merge starts with nothing chosen.
 */
import { useState } from 'react';
import { useDb } from '../../data/db-context';
import { deleteTag, mergeTags, renameTag, restoreTags, type TagsBefore } from '../../data/tags-repo';
import { startTagExport } from '../exporting';
import { articlesText } from './article-count';
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
  const db = useDb();
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<{ message: string; before: TagsBefore } | null>(null);
  const names = tags.map(([name]) => name);
  const countOf = (name: string) => tags.find(([n]) => n === name)?.[1] ?? 0;
  const mergeHint = (old: string) => (value: string) => {
    let clean: string;
    try {
      clean = cleanName(value, 'tag');
    } catch {
      return null;
    }
    return clean !== old && names.includes(clean) ? `“${clean}” is already a tag: the two will be merged.` : null;
  };
  const confirm = async (action: Pending) => {
    setPending(null);
    try {
      if (action.kind === 'delete') {
        const before = await deleteTag(db, action.tag);
        setDone({ message: `Removed the tag “${action.tag}” from ${articlesText(before.length)}.`, before });
      } else {
        const before = await mergeTags(db, action.from, action.into);
        setDone({ message: `Merged “${action.from}” into “${action.into}” on ${articlesText(before.length)}.`, before });
      }
    } catch (error) {
      onError(error);
    }
  };
  const undo = async (before: TagsBefore) => {
    setDone(null);
    await restoreTags(db, before).catch(onError);
  };

  return (
    <ManageDialog title="Tags" onClose={onClose}>
      {pending && (
        <div className="confirm-bar" role="alert">
          <p>
            {pending.kind === 'delete'
              ? `Remove the tag “${pending.tag}” from ${articlesText(countOf(pending.tag))}? The articles stay.`
              : `Merge “${pending.from}” (${articlesText(countOf(pending.from))}) into “${pending.into}” (${articlesText(countOf(pending.into))})?`}
          </p>
          <button type="button" className="danger-button" autoFocus onClick={() => void confirm(pending)}>
            {pending.kind === 'delete' ? 'Delete tag' : 'Merge tags'}
          </button>
          <button type="button" className="quiet-button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      <p className="manage-done" role="status">
        {done && (
          <>
            {done.message}{' '}
            <button type="button" className="quiet-button" onClick={() => void undo(done.before)}>
              Undo
            </button>
          </>
        )}
      </p>
      {tags.length === 0 ? (
        <p className="loading">No tags yet. Select articles and use Add tag.</p>
      ) : (
        <ul className="manage-list" aria-label="Tags">
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
                  <span className="manage-name" title={name}>
                    {name}
                  </span>
                  <span className="facet-count">{count}</span>
                  <button type="button" className="quiet-button" aria-label={`Rename tag ${name}`} onClick={() => setEditing(name)}>
                    Rename
                  </button>
                  <button type="button" className="quiet-button" aria-label={`Export tag ${name}`} onClick={() => startTagExport(db, name)}>
                    Export
                  </button>
                  <button
                    type="button"
                    className="quiet-button danger-button"
                    aria-label={`Delete tag ${name}`}
                    onClick={() => setPending({ kind: 'delete', tag: name })}
                  >
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {tags.length > 1 && <MergeTagsForm names={names} onMerge={(from, into) => setPending({ kind: 'merge', from, into })} />}
    </ManageDialog>
  );
}
