/**
 * The shell of a details dialog (Edit details… in the reader and for a selection): a modal Radix dialog with its
 * title and intro, a form that says in an alert why nothing was saved, the dialog's fields, and Cancel / Save.
 * Closing returns the focus where the caller says (the button that opened it).
 */
import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './details-form.css';

interface Props {
  title: string;
  intro: string;
  /** Why nothing was saved, or null. */
  alert: string | null;
  busy: boolean;
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent) => void;
  onClose: () => void;
  returnFocus?: () => void;
  children: ReactNode;
}

export function DetailsDialog({ title, intro, alert, busy, formRef, onSubmit, onClose, returnFocus, children }: Props) {
  const { t } = useTranslation('common');
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="details-overlay" />
        <Dialog.Content
          className="details-dialog dialog-surface"
          onCloseAutoFocus={(event) => {
            if (!returnFocus) return;
            event.preventDefault();
            returnFocus();
          }}
        >
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description className="details-intro">{intro}</Dialog.Description>
          <form ref={formRef} noValidate onSubmit={onSubmit}>
            {alert && (
              <p className="details-error" role="alert">
                {alert}
              </p>
            )}
            {children}
            <div className="details-actions">
              <Dialog.Close asChild>
                <button type="button">{t('cancel')}</button>
              </Dialog.Close>
              <button type="submit" disabled={busy}>
                {t('save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** After a refused save, the first wrong field takes the focus, so its error is read out with it. */
export function focusFirstInvalid(form: RefObject<HTMLFormElement | null>): void {
  requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
