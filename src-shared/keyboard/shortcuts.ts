/**
 * Every keyboard shortcut, in ONE table: the "Keyboard shortcuts" dialog (`?`) lists it, README's section of the
 * same name lists it (a unit test checks that), and key-commands.ts maps the reader's own keys from it.
 */
import type { ReaderCommand } from './reader-command';

export interface Shortcut {
  action: string;
  /** Windows and Linux. */
  keys: string;
  /** macOS. */
  mac: string;
  /** The reader command the keys run in the renderer, when they are the renderer's own (not a menu's). */
  command?: ReaderCommand;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'Import…', keys: 'Ctrl+O', mac: '⌘O' },
  { action: 'Import Folder…', keys: 'Ctrl+Shift+O', mac: '⇧⌘O' },
  { action: 'Export Library…', keys: 'Ctrl+Shift+E', mac: '⇧⌘E' },
  { action: 'Zoom In (article text)', keys: 'Ctrl+= or Ctrl++ (also the keypad +, or Ctrl+wheel)', mac: '⌘= or ⌘+' },
  { action: 'Zoom Out', keys: 'Ctrl+-', mac: '⌘-' },
  { action: 'Actual Size (100 %)', keys: 'Ctrl+0', mac: '⌘0' },
  { action: 'Find in article', keys: 'Ctrl+F', mac: '⌘F', command: 'find' },
  { action: 'Next match / previous match', keys: 'Enter / Shift+Enter in the find bar, or F3 / Shift+F3', mac: 'Enter / Shift+Enter in the find bar, or ⌘G / ⇧⌘G', command: 'find-next' },
  { action: 'Close the find bar (stays in the article)', keys: 'Escape', mac: 'Escape' },
  { action: 'Next article (down the library list)', keys: 'J', mac: 'J', command: 'next-article' },
  { action: 'Previous article (up the library list)', keys: 'K', mac: 'K', command: 'previous-article' },
  { action: 'Scroll by a page', keys: 'Page Down / Page Up, Space / Shift+Space', mac: 'Page Down / Page Up, Space / Shift+Space, or Fn+↓ / Fn+↑' },
  { action: 'Write a note on the article', keys: 'N', mac: 'N', command: 'notes' },
  { action: 'Highlight the selected text (in the last colour used)', keys: 'H', mac: 'H' },
  { action: 'Highlight the selected text and write a note on it', keys: 'Shift+H', mac: 'Shift+H' },
  { action: 'Back to the library', keys: 'Escape', mac: 'Escape' },
  { action: 'Notes view (all notes and highlights)', keys: 'Ctrl+Shift+N', mac: '⇧⌘N' },
  { action: 'Text settings (open the panel, then Tab / arrow keys)', keys: 'Tab to **Text settings**, Enter', mac: 'the same' },
  { action: 'Close the Text settings panel (stays in the article)', keys: 'Escape', mac: 'Escape' },
  { action: 'Keyboard shortcuts (this list)', keys: '?', mac: '?', command: 'keyboard-shortcuts' },
];

/** The table's header and rows as Markdown, as in README. */
export function shortcutsMarkdown(shortcuts: readonly Shortcut[] = SHORTCUTS): string[] {
  return [
    '| Action | Windows, Linux | macOS |',
    '| --- | --- | --- |',
    ...shortcuts.map((s) => `| ${s.action} | ${s.keys} | ${s.mac} |`),
  ];
}
