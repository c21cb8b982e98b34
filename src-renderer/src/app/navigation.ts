/**
 * Where the app is: the library, one article (opened from the library or from a highlight in the Notes view), the
 * Notes view, the import history or one import's report. A reducer over typed actions, so every move between
 * screens is one named case, tested without React. Pure.
 */

export type Screen =
  | { kind: 'library' }
  | { kind: 'article'; id: string; focusHighlightId?: string; from?: 'notes' }
  | { kind: 'history' }
  | { kind: 'report'; id: string }
  | { kind: 'notes' };

export interface Navigation {
  screen: Screen;
  /** The last article opened: the library puts the keyboard focus back on its row. */
  lastOpenId: string | null;
}

export type NavigationAction =
  | { type: 'open'; id: string }
  | { type: 'open-highlight'; id: string; highlightId: string }
  /** Back from an article: to the Notes view when it was opened from there, else to the library. */
  | { type: 'back-from-article' }
  | { type: 'library' }
  | { type: 'history' }
  | { type: 'report'; id: string }
  | { type: 'notes' };

export const START: Navigation = { screen: { kind: 'library' }, lastOpenId: null };

export function navigate(state: Navigation, action: NavigationAction): Navigation {
  switch (action.type) {
    case 'open':
      return { screen: { kind: 'article', id: action.id }, lastOpenId: action.id };
    case 'open-highlight':
      return {
        screen: { kind: 'article', id: action.id, focusHighlightId: action.highlightId, from: 'notes' },
        lastOpenId: action.id,
      };
    case 'back-from-article': {
      const fromNotes = state.screen.kind === 'article' && state.screen.from === 'notes';
      return { ...state, screen: fromNotes ? { kind: 'notes' } : { kind: 'library' } };
    }
    case 'library':
      return { ...state, screen: { kind: 'library' } };
    case 'history':
      return { ...state, screen: { kind: 'history' } };
    case 'report':
      return { ...state, screen: { kind: 'report', id: action.id } };
    case 'notes':
      return { ...state, screen: { kind: 'notes' } };
  }
}
