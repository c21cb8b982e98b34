/** "Merge two tags": both drop-downs start empty (nothing destructive is pre-filled); Merge asks the dialog to confirm. */
import { useId, useState } from 'react';

interface Props {
  names: readonly string[];
  onMerge: (from: string, into: string) => void;
}

export function MergeTagsForm({ names, onMerge }: Props) {
  const id = useId();
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const mergeFrom = names.includes(from) ? from : '';
  const mergeInto = names.includes(into) && into !== mergeFrom ? into : '';
  return (
    <form
      className="merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (mergeFrom && mergeInto) onMerge(mergeFrom, mergeInto);
      }}
    >
      <h3>Merge two tags</h3>
      <label htmlFor={`${id}-from`}>Merge</label>
      <select id={`${id}-from`} value={mergeFrom} onChange={(e) => setFrom(e.target.value)}>
        <option value="">Choose a tag…</option>
        {names.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor={`${id}-into`}>into</label>
      <select id={`${id}-into`} value={mergeInto} onChange={(e) => setInto(e.target.value)}>
        <option value="">Choose a tag…</option>
        {names
          .filter((name) => name !== mergeFrom)
          .map((name) => (
            <option key={name}>{name}</option>
          ))}
      </select>
      <button type="submit" disabled={!mergeFrom || !mergeInto}>
        Merge tags
      </button>
    </form>
  );
}
