/** The notes-library feature's public parts: what other features and the app may import (layer rule). */
export { NotesLibraryView } from './NotesLibraryView';
export { NotesViewButton, ShowNotesContext } from './show-notes';
