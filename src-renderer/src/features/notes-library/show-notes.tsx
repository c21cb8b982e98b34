/**
 * How the library header reaches the Notes view without knowing the app's navigation: the app provides the
 * function that shows it, and NotesViewButton (one line in the header) calls it.
 */
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

export const ShowNotesContext = createContext<(() => void) | null>(null);

/** "Notes" in the library header: opens the library-wide Notes view. Nothing when no app provides it. */
export function NotesViewButton() {
  const showNotes = useContext(ShowNotesContext);
  const { t } = useTranslation('notes');
  if (!showNotes) return null;
  return (
    <button type="button" className="quiet-button notes-view-button" onClick={showNotes}>
      {t('notes')}
    </button>
  );
}
