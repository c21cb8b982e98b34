/**
 * One field of a details dialog (Edit details…): its label, its control, and under it a hint, what the file says
 * for a corrected detail, and its error; the control is described by all of them and marked invalid with an error.
 */
import { useId, type ReactNode } from 'react';

export interface FieldControlAttributes {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

interface Props {
  field: string;
  label: string;
  hint?: string;
  /** What the file says, when the person corrected this field and it differs. */
  fromFile?: string | null;
  error?: string;
  children: (attributes: FieldControlAttributes) => ReactNode;
}

export function DetailsField({ field, label, hint, fromFile, error, children }: Props) {
  const id = `${useId()}-${field}`;
  const described = [hint && `${id}-hint`, fromFile !== undefined && `${id}-file`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="details-field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && (
        <p id={`${id}-hint`} className="details-hint">
          {hint}
        </p>
      )}
      {fromFile !== undefined && (
        <p id={`${id}-file`} className="details-hint" data-testid={`from-file-${field}`}>
          {fromFile}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="details-error">
          {error}
        </p>
      )}
    </div>
  );
}
