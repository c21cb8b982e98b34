/**
 * Every label of the native context menu, in one table: the text to translate when the app is translated. Names
 * of colours are keyed by the contract's HIGHLIGHT_COLORS, so a new colour without a label does not compile.
 */
import type { HighlightColor } from '../../../src-shared/contract';

export const CONTEXT_MENU_LABELS = {
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  noSuggestions: 'No Spelling Suggestions',
  addToDictionary: 'Add to Dictionary',
  highlightIn: (color: string) => `Highlight ${color}`,
  highlightWithNote: 'Highlight with Note',
  searchLibraryFor: (quoted: string) => `Search the Library for “${quoted}”`,
  openLink: 'Open Link in Browser',
  copyLinkAddress: 'Copy Link Address',
  copyImage: 'Copy Image',
  colors: {
    yellow: 'Yellow',
    green: 'Green',
    blue: 'Blue',
    pink: 'Pink',
    purple: 'Purple',
  } satisfies Record<HighlightColor, string>,
} as const;
