/**
 * Tags: every tag of the library with how many articles carry it; rename (renaming into an existing tag merges
 * the two), merge one into another, delete (the articles stay).
 */
import { useId, useState } from 'react';
import { useDb } from '../../data/db-context';
import { deleteTag, mergeTags, renameTag } from '../../data/tags-repo';
import { ManageDialog } from './ManageDialog';
import { cleanName } from '../../data/names';
import { RenameForm } from './RenameForm';

interface Props {
  /** Every tag and its number of articles. */
  tags: readonly [string, number][];
  onClose: () => void;
  onError: (error: unknown) => void;
}

export function TagsDialog({ tags, onClose, onError }: Props) {
  const db = useDb();
  const id = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const names = tags.map(([name]) => name);
  const mergeFrom = names.includes(from) ? from : (names[0] ?? '');
  const mergeInto = names.includes(into) && into !== mergeFrom ? into : (names.find((n) => n !== mergeFrom) ?? '');
  const mergeHint = (old: string) => (value: string) => {
    let clean: string;
    try {
      clean = cleanName(value, 'tag');
    } catch {
      return null;
    }
    return clean !== old && names.includes(clean) ? `“${clean}” is already a tag: the two will be merged.` : null;
  };

  return (
    <ManageDialog title="Tags" onClose={onClose}>
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
                  <span className="manage-name">{name}</span>
                  <span className="facet-count">{count}</span>
                  <button type="button" className="quiet-button" aria-label={`Rename tag ${name}`} onClick={() => setEditing(name)}>
                    Rename
                  </button>
                  <button
                    type="button"
                    className="quiet-button danger-button"
                    aria-label={`Delete tag ${name}`}
                    onClick={() => void deleteTag(db, name).catch(onError)}
                  >
                    Delete
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {tags.length > 1 && (
        <form
          className="merge-form"
          onSubmit={(event) => {
            event.preventDefault();
            void mergeTags(db, mergeFrom, mergeInto).catch(onError);
          }}
        >
          <h3>Merge two tags</h3>
          <label htmlFor={`${id}-from`}>Merge</label>
          <select id={`${id}-from`} value={mergeFrom} onChange={(e) => setFrom(e.target.value)}>
            {names.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
          <label htmlFor={`${id}-into`}>into</label>
          <select id={`${id}-into`} value={mergeInto} onChange={(e) => setInto(e.target.value)}>
            {names
              .filter((name) => name !== mergeFrom)
              .map((name) => (
                <option key={name}>{name}</option>
              ))}
          </select>
          <button type="submit">Merge tags</button>
        </form>
      )}
    </ManageDialog>
  );
}
