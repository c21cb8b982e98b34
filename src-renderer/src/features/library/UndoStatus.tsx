/** A manage dialog's status line after a change that took something away: what it did, and Undo. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface UndoableChange {
  message: ReactNode;
  undo: () => void;
}

export function UndoStatus({ done }: { done: UndoableChange | null }) {
  const { t } = useTranslation('common');
  return (
    <p className="manage-done" role="status">
      {done && (
        <>
          {done.message}{' '}
          <button type="button" className="quiet-button" onClick={done.undo}>
            {t('undo')}
          </button>
        </>
      )}
    </p>
  );
}
