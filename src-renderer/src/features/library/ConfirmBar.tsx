/**
 * A manage dialog's question before a change that takes something away (delete a tag or a collection, merge two
 * tags): what it will do, naming how many articles it changes; the action's button, which has the focus, and
 * Cancel.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmBar({ message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('common');
  return (
    <div className="confirm-bar" role="alert">
      <p>{message}</p>
      {/* data-autofocus: also when the dialog opens with the question (ManageDialog focuses it once shown). */}
      <button type="button" className="danger-button" autoFocus data-autofocus onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="quiet-button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
