/**
 * The notice that offers Undo after a change (a delete, a details edit): what was done, Undo, which puts it back,
 * and Dismiss, until the person dismisses it or does something else that offers Undo (the app shows one at a time).
 * A view offers it through `useOfferUndo()`; the app holds the one notice (App.tsx).
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface UndoOffer {
  /** What was done ("Saved the details of “Title”."). */
  message: ReactNode;
  /** The notice's accessible name ("Details saved"). */
  label: string;
  undo: () => Promise<void>;
  /** Where the keyboard focus goes once undone, as the notice goes away. */
  afterUndo?: () => void;
}

interface Props {
  offer: UndoOffer;
  onDone: () => void;
  onError: (error: unknown) => void;
}

export function UndoNotice({ offer, onDone, onError }: Props) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    setBusy(true);
    try {
      await offer.undo();
      onDone();
      offer.afterUndo?.();
    } catch (error) {
      onError(error);
      setBusy(false);
    }
  };
  return (
    <div className="undo-notice" role="status" aria-label={offer.label}>
      <span>{offer.message}</span>
      <button type="button" disabled={busy} onClick={() => void undo()}>
        {t('undo')}
      </button>
      <button type="button" onClick={onDone}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** Offers Undo in the app's notice (replacing the one shown); outside the app, nothing is offered. */
export const OfferUndoContext = createContext<(offer: UndoOffer) => void>(() => {});

export function useOfferUndo(): (offer: UndoOffer) => void {
  return useContext(OfferUndoContext);
}
