/**
 * The native context menu, described: from the part of Electron's `context-menu` params it needs and whether the
 * selection lies in an article (context-reports.ts), the items in order, each with its label (labels.ts), whether
 * it is enabled, an id and the action it stands for. Sections, separated: spelling suggestions and editing in a
 * text field; highlighting, Copy and Search the Library for a selection of the page; a link that may leave the
 * app; an image. Nothing to offer is an empty list (no menu). Pure: app/context-menu.ts turns it into an Electron Menu and carries out the
 * actions.
 */
import type { ContextMenuCommand } from '../../../src-shared/contract';
import { HIGHLIGHT_COLORS } from '../../../src-shared/contract/library';
import { checkExternalUrl } from '../external-url';
import type { ContextMenuLabels } from './labels';

/** The part of Electron's ContextMenuParams the menu depends on (Electron's own object fits it). */
export interface ContextMenuParamsSubset {
  x: number;
  y: number;
  isEditable: boolean;
  editFlags: {
    canUndo: boolean;
    canRedo: boolean;
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  linkURL: string;
  mediaType: string;
  hasImageContents?: boolean;
}

export interface ContextMenuContext {
  /** The selection holds some of the open article's text (as the page reported it for this right-click). */
  articleSelection: boolean;
  /** The labels, in the interface's language (labels.ts). */
  labels: ContextMenuLabels;
}

export type EditRole = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll';

export type ContextMenuAction =
  | { kind: 'edit'; role: EditRole }
  | { kind: 'replace-misspelling'; suggestion: string }
  | { kind: 'add-to-dictionary'; word: string }
  /** Carried out by the renderer, on its current selection (the `context-menu:command` event). */
  | { kind: 'renderer'; command: ContextMenuCommand }
  | { kind: 'open-link'; url: string }
  | { kind: 'copy-link'; url: string }
  | { kind: 'copy-image'; x: number; y: number };

export interface ContextMenuItem {
  type: 'item';
  id: string;
  label: string;
  enabled: boolean;
  action: ContextMenuAction;
}

export type ContextMenuEntry = ContextMenuItem | { type: 'separator' };

/** At most this many characters of the selection are searched for; the label quotes fewer. */
export const SEARCH_TEXT_MAX = 200;
const LABEL_QUOTE_MAX = 30;
const SUGGESTIONS_MAX = 5;

function item(id: string, label: string, action: ContextMenuAction, enabled = true): ContextMenuItem {
  return { type: 'item', id, label, enabled, action };
}

function editItems(flags: ContextMenuParamsSubset['editFlags'], L: ContextMenuLabels): ContextMenuEntry[][] {
  const edit = (role: EditRole, enabled: boolean) => item(`edit:${role}`, L[role], { kind: 'edit', role }, enabled);
  return [
    [edit('undo', flags.canUndo), edit('redo', flags.canRedo)],
    [edit('cut', flags.canCut), edit('copy', flags.canCopy), edit('paste', flags.canPaste)],
    [edit('selectAll', flags.canSelectAll)],
  ];
}

function spellingItems(params: ContextMenuParamsSubset, L: ContextMenuLabels): ContextMenuEntry[] {
  const word = params.misspelledWord.trim();
  if (!word) return [];
  const suggestions = params.dictionarySuggestions.slice(0, SUGGESTIONS_MAX);
  const replacing =
    suggestions.length > 0
      ? suggestions.map((suggestion, index) => item(`spelling:suggestion:${index}`, suggestion, { kind: 'replace-misspelling', suggestion }))
      : [item('spelling:none', L.noSuggestions, { kind: 'replace-misspelling', suggestion: word }, false)];
  return [...replacing, item('spelling:add', L.addToDictionary, { kind: 'add-to-dictionary', word })];
}

/** The selection with its runs of white space made one space, cut to `max` characters. */
function squeezed(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : chars.slice(0, max).join('');
}

/** The selection as the label quotes it: whole when short, else cut (at a space, where there is one) with “…”. */
function quoted(text: string): string {
  const chars = [...text];
  if (chars.length <= LABEL_QUOTE_MAX) return text;
  let cut = chars.slice(0, LABEL_QUOTE_MAX - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (chars[LABEL_QUOTE_MAX - 1] !== ' ' && space > LABEL_QUOTE_MAX / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

function selectionItems(params: ContextMenuParamsSubset, context: ContextMenuContext): ContextMenuEntry[][] {
  const L = context.labels;
  const text = squeezed(params.selectionText, SEARCH_TEXT_MAX);
  if (!text) return [];
  const highlight: ContextMenuEntry[] = context.articleSelection
    ? [
        ...HIGHLIGHT_COLORS.map((color) =>
          item(`highlight:${color}`, L.highlightIn(color), { kind: 'renderer', command: { kind: 'highlight', color } }),
        ),
        item('highlight:with-note', L.highlightWithNote, { kind: 'renderer', command: { kind: 'highlight-with-note' } }),
      ]
    : [];
  return [
    highlight,
    [
      item('edit:copy', L.copy, { kind: 'edit', role: 'copy' }, params.editFlags.canCopy),
      item('search-library', L.searchLibraryFor(quoted(text)), { kind: 'renderer', command: { kind: 'search-library', text } }),
    ],
  ];
}

/**
 * Only a link that may leave the app (http, https, mailto: the policy of external-url.ts) gets link items; the
 * app's own links (Contents' `#section-…` anchors, on offprint://app) are not addresses to open or copy. Main
 * checks the URL again, and asks, when Open Link in Browser is chosen.
 */
function linkItems(params: ContextMenuParamsSubset, L: ContextMenuLabels): ContextMenuEntry[] {
  const checked = params.linkURL ? checkExternalUrl(params.linkURL) : null;
  if (!checked?.ok) return [];
  const url = checked.url;
  return [item('link:open', L.openLink, { kind: 'open-link', url }), item('link:copy', L.copyLinkAddress, { kind: 'copy-link', url })];
}

function imageItems(params: ContextMenuParamsSubset, L: ContextMenuLabels): ContextMenuEntry[] {
  if (params.mediaType !== 'image') return [];
  return [item('image:copy', L.copyImage, { kind: 'copy-image', x: params.x, y: params.y }, params.hasImageContents !== false)];
}

/** The menu for this right-click: its entries in order, or [] when there is nothing to offer. */
export function buildContextMenu(params: ContextMenuParamsSubset, context: ContextMenuContext): ContextMenuEntry[] {
  const sections: ContextMenuEntry[][] = params.isEditable
    ? [spellingItems(params, context.labels), ...editItems(params.editFlags, context.labels)]
    : [...selectionItems(params, context), linkItems(params, context.labels), imageItems(params, context.labels)];
  const entries: ContextMenuEntry[] = [];
  for (const section of sections) {
    if (section.length === 0) continue;
    if (entries.length > 0) entries.push({ type: 'separator' });
    entries.push(...section);
  }
  return entries;
}
