/**
 * Every label of the native context menu, in the interface's language (the shared `menu` messages). Colours are
 * keyed by the contract's HIGHLIGHT_COLORS, so a new colour without a label does not compile.
 */
import type { TFunction } from 'i18next';
import type { HighlightColor } from '../../../src-shared/contract';
import { isolate } from '../../../src-shared/i18n';

export interface ContextMenuLabels {
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  noSuggestions: string;
  addToDictionary: string;
  highlightIn(color: HighlightColor): string;
  highlightWithNote: string;
  /** The selection, already cut to a short quote, inside the label (isolated: it may be in another script). */
  searchLibraryFor(quoted: string): string;
  openLink: string;
  copyLinkAddress: string;
  copyImage: string;
}

const COLOR_KEYS = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
} as const satisfies Record<HighlightColor, string>;

export function contextMenuLabels(t: TFunction<'menu'>): ContextMenuLabels {
  return {
    undo: t('undo'),
    redo: t('redo'),
    cut: t('cut'),
    copy: t('copy'),
    paste: t('paste'),
    selectAll: t('selectAll'),
    noSuggestions: t('noSuggestions'),
    addToDictionary: t('addToDictionary'),
    highlightIn: (color) => t('highlightIn', { color: t(COLOR_KEYS[color]) }),
    highlightWithNote: t('highlightWithNote'),
    searchLibraryFor: (quoted) => t('searchLibraryFor', { text: isolate(quoted) }),
    openLink: t('openLink'),
    copyLinkAddress: t('copyLinkAddress'),
    copyImage: t('copyImage'),
  };
}
