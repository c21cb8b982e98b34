/**
 * Every keyboard shortcut, in ONE table: the application menu takes its accelerators from it (src-main/app/menu.ts),
 * the "Keyboard shortcuts" dialog (`?`) lists it, README's section of the same name lists it (a unit test checks
 * that), and key-commands.ts maps the reader's own keys from it.
 */
import type { MenuCommand } from '../contract/events';
import type { ReaderCommand } from './reader-command';

export interface Shortcut {
  /** Names its words in the interface's messages (settings `shortcut.<id>`): the dialog shows them translated. */
  id: string;
  /** In English, as README and the menu list it. */
  action: string;
  /** Windows and Linux. */
  keys: string;
  /** macOS. */
  mac: string;
  /** The reader command the keys run in the renderer, when they are the renderer's own (not a menu's). */
  command?: ReaderCommand;
  /** For a menu item's shortcut: its command and its Electron accelerator (CmdOrCtrl = ⌘ on macOS, Ctrl elsewhere). */
  menu?: { command: MenuCommand; accelerator: string };
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'import', action: 'Import…', keys: 'Ctrl+O', mac: '⌘O', menu: { command: 'import', accelerator: 'CmdOrCtrl+O' } },
  {
    id: 'importFolder', action: 'Import Folder…',
    keys: 'Ctrl+Shift+O',
    mac: '⇧⌘O',
    menu: { command: 'import-folder', accelerator: 'CmdOrCtrl+Shift+O' },
  },
  {
    id: 'exportLibrary', action: 'Export Library…',
    keys: 'Ctrl+Shift+E',
    mac: '⇧⌘E',
    menu: { command: 'export-library', accelerator: 'CmdOrCtrl+Shift+E' },
  },
  {
    id: 'zoomIn', action: 'Zoom In (article text)',
    keys: 'Ctrl+= or Ctrl++ (also the keypad +, Ctrl+wheel, or pinching out on a touchpad)',
    mac: '⌘= or ⌘+ (or pinching out on the trackpad)',
    menu: { command: 'zoom-in', accelerator: 'CmdOrCtrl+=' },
  },
  { id: 'zoomOut', action: 'Zoom Out', keys: 'Ctrl+-', mac: '⌘-', menu: { command: 'zoom-out', accelerator: 'CmdOrCtrl+-' } },
  { id: 'actualSize', action: 'Actual Size (100 %)', keys: 'Ctrl+0', mac: '⌘0', menu: { command: 'zoom-reset', accelerator: 'CmdOrCtrl+0' } },
  { id: 'find', action: 'Find in article', keys: 'Ctrl+F', mac: '⌘F', command: 'find', menu: { command: 'find', accelerator: 'CmdOrCtrl+F' } },
  { id: 'findNext', action: 'Next match / previous match', keys: 'Enter / Shift+Enter in the find bar, or F3 / Shift+F3', mac: 'Enter / Shift+Enter in the find bar, or ⌘G / ⇧⌘G', command: 'find-next' },
  { id: 'closeFind', action: 'Close the find bar (stays in the article)', keys: 'Escape', mac: 'Escape' },
  { id: 'nextArticle', action: 'Next article (down the library list)', keys: 'J', mac: 'J', command: 'next-article' },
  { id: 'previousArticle', action: 'Previous article (up the library list)', keys: 'K', mac: 'K', command: 'previous-article' },
  { id: 'scrollPage', action: 'Scroll by a page', keys: 'Page Down / Page Up, Space / Shift+Space', mac: 'Page Down / Page Up, Space / Shift+Space, or Fn+↓ / Fn+↑' },
  { id: 'note', action: 'Write a note on the article', keys: 'N', mac: 'N', command: 'notes' },
  { id: 'highlight', action: 'Highlight the selected text (in the last colour used)', keys: 'H', mac: 'H' },
  { id: 'highlightWithNote', action: 'Highlight the selected text and write a note on it', keys: 'Shift+H', mac: 'Shift+H' },
  { id: 'back', action: 'Back to the library', keys: 'Escape', mac: 'Escape' },
  {
    id: 'notesView', action: 'Notes view (all notes and highlights)',
    keys: 'Ctrl+Shift+N',
    mac: '⇧⌘N',
    menu: { command: 'show-notes', accelerator: 'CmdOrCtrl+Shift+N' },
  },
  { id: 'textSettings', action: 'Text settings (open the panel, then Tab / arrow keys)', keys: 'Tab to **Text settings**, Enter', mac: 'the same' },
  { id: 'closeTextSettings', action: 'Close the Text settings panel (stays in the article)', keys: 'Escape', mac: 'Escape' },
  {
    id: 'search', action: 'Search the library (from the box, ↓ goes into the results or the list)',
    keys: '/ or Ctrl+K (Ctrl+F in the library)',
    mac: '/ or ⌘K (⌘F in the library)',
    command: 'focus-search',
  },
  {
    id: 'rowMenu', action: "A library row's menu (Open, Add to Collection…, Export…, Delete)",
    keys: 'right-click, the context-menu key or Shift+F10',
    mac: 'Control-click or right-click',
  },
  {
    id: 'sidebarMenu', action: "A sidebar tag's or collection's menu (Rename…, Merge into…, Delete…)",
    keys: 'right-click, the context-menu key or Shift+F10',
    mac: 'Control-click or right-click',
  },
  {
    id: 'cyclePanes', action: 'Move between the sidebar, the list and the article (backwards with Shift)',
    keys: 'F6 / Shift+F6',
    mac: 'F6 / Shift+F6',
    command: 'next-pane',
  },
  { id: 'shortcuts', action: 'Keyboard shortcuts (this list)', keys: '?', mac: '?', command: 'keyboard-shortcuts' },
];

/** The table's header and rows as Markdown, as in README. */
export function shortcutsMarkdown(shortcuts: readonly Shortcut[] = SHORTCUTS): string[] {
  return [
    '| Action | Windows, Linux | macOS |',
    '| --- | --- | --- |',
    ...shortcuts.map((s) => `| ${s.action} | ${s.keys} | ${s.mac} |`),
  ];
}

/** The accelerator of a menu command, from the table (undefined: the item has none, e.g. J and K). */
export function menuAccelerator(command: MenuCommand): string | undefined {
  return SHORTCUTS.find((s) => s.menu?.command === command)?.menu?.accelerator;
}
