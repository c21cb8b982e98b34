/**
 * A modal dialog (the native <dialog>: focus kept inside, Escape closes) with a title and a Close button. Once
 * shown, the focus goes to the control marked `data-autofocus`, if any (React's autoFocus runs before the
 * dialog is shown, when nothing in it can take the focus).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function ManageDialog({ title, onClose, children }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal?.();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close?.();
  }, []);
  return (
    <dialog ref={ref} className="manage-dialog dialog-surface" aria-label={title} onClose={onClose}>
      <div className="manage-dialog-head">
        <h2>{title}</h2>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
