/** An inline rename: a text box named "New name for <name>", Save and Cancel; errors stay with the form. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../data/bridge';

interface Props {
  name: string;
  /** A word on what saving will do, given the name typed (e.g. that it merges two tags); null for nothing. */
  hint?: (value: string) => ReactNode;
  onSave: (value: string) => Promise<void>;
  onCancel: () => void;
}

export function RenameForm({ name, hint, onSave, onCancel }: Props) {
  const { t } = useTranslation(['library', 'common']);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const note = hint?.(value) ?? null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSave(value);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form className="rename-form" onSubmit={(event) => void submit(event)}>
      <input
        type="text"
        aria-label={t('newNameFor', { name })}
        value={value}
        maxLength={64}
        autoFocus
        data-autofocus
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t('common:save')}</button>
      <button type="button" onClick={onCancel}>
        {t('common:cancel')}
      </button>
      {note && <p className="rename-note">{note}</p>}
      {error && (
        <p className="facet-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
