import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from '../../../../src-renderer/src/features/keyboard/key-commands';
import { menuAccelerator, SHORTCUTS, shortcutsMarkdown } from '../../../../src-shared/keyboard/shortcuts';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
});

/** README's "Keyboard shortcuts" section, up to the next heading. */
function readmeSection(): string {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const start = readme.indexOf('## Keyboard shortcuts');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('the table of keyboard shortcuts', () => {
  it('is the table in README, row for row', () => {
    const section = readmeSection();
    const rows = section.split('\n').filter((line) => line.startsWith('|'));
    expect(rows).toEqual(shortcutsMarkdown());
  });

  it('lists every reader command the keys run', () => {
    const commands = new Set(SHORTCUTS.map((s) => s.command).filter(Boolean));
    for (const c of ['find', 'find-next', 'next-article', 'previous-article', 'notes', 'keyboard-shortcuts', 'focus-search']) {
      expect(commands.has(c as never)).toBe(true);
    }
  });
});

describe('keys to reader commands', () => {
  it('finds with Ctrl+F, or ⌘F on macOS, even in a text field', () => {
    expect(commandForKey(press('f', { ctrlKey: true }), false, true)).toBe('find');
    expect(commandForKey(press('f', { metaKey: true }), true, false)).toBe('find');
    expect(commandForKey(press('f', { ctrlKey: true }), true, false)).toBeNull();
    expect(commandForKey(press('F3'), false, true)).toBe('find-next');
    expect(commandForKey(press('F3', { shiftKey: true }), false, false)).toBe('find-previous');
    expect(commandForKey(press('g', { metaKey: true, shiftKey: true }), true, false)).toBe('find-previous');
  });

  it('moves between panes with F6 and Shift+F6, even from a text field, never with Ctrl', () => {
    expect(commandForKey(press('F6'), false, true)).toBe('next-pane');
    expect(commandForKey(press('F6', { shiftKey: true }), false, false)).toBe('previous-pane');
    expect(commandForKey(press('F6', { ctrlKey: true }), false, false)).toBeNull();
  });

  it('focuses the search with / outside text fields, and with Ctrl+K (⌘K) anywhere', () => {
    expect(commandForKey(press('/'), false, false)).toBe('focus-search');
    expect(commandForKey(press('/'), false, true)).toBeNull();
    expect(commandForKey(press('k', { ctrlKey: true }), false, true)).toBe('focus-search');
    expect(commandForKey(press('k', { metaKey: true }), true, false)).toBe('focus-search');
    expect(commandForKey(press('k', { ctrlKey: true }), true, false)).toBeNull();
  });

  it('runs the single-letter keys and ? only outside text fields and without modifiers', () => {
    expect(commandForKey(press('j'), false, false)).toBe('next-article');
    expect(commandForKey(press('K'), false, false)).toBe('previous-article');
    expect(commandForKey(press('n'), false, false)).toBe('notes');
    expect(commandForKey(press('?', { shiftKey: true }), false, false)).toBe('keyboard-shortcuts');
    expect(commandForKey(press('j'), false, true)).toBeNull();
    expect(commandForKey(press('?', { shiftKey: true }), false, true)).toBeNull();
    expect(commandForKey(press('j', { ctrlKey: true }), false, false)).toBeNull();
    expect(commandForKey(press('n', { altKey: true }), false, false)).toBeNull();
    expect(commandForKey(press('J', { shiftKey: true }), false, false)).toBeNull();
    expect(commandForKey(press(' '), false, false)).toBeNull();
  });
});

describe('the menu takes its accelerators from the table', () => {
  it('every menu shortcut shows the keys its accelerator presses, on Windows/Linux and on macOS', () => {
    const menuEntries = SHORTCUTS.filter((s) => s.menu);
    expect(menuEntries.map((s) => s.menu!.command).sort()).toEqual(
      ['export-library', 'find', 'import', 'import-folder', 'show-notes', 'zoom-in', 'zoom-out', 'zoom-reset'],
    );
    for (const s of menuEntries) {
      const keys = s.menu!.accelerator.replace('CmdOrCtrl+', '');
      expect(s.keys.startsWith(`Ctrl+${keys}`)).toBe(true);
      expect(s.mac.replace('⇧', '')).toContain(`⌘${keys.replace('Shift+', '')}`);
    }
    expect(menuAccelerator('import')).toBe('CmdOrCtrl+O');
    expect(menuAccelerator('next-article')).toBeUndefined();
  });
});

