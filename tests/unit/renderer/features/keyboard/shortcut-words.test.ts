/** The `?` dialog shows every shortcut in the interface's language: each one of the table has its words. */
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../../../../src-shared/keyboard/shortcuts';
import { createI18n } from '../../../../../src-shared/i18n';
import { isShortcutId } from '../../../../../src-renderer/src/features/keyboard/shortcut-words';

describe('the words of the shortcuts', () => {
  it('every shortcut of the table has its own messages, and no two share an id', () => {
    expect(SHORTCUTS.filter((s) => !isShortcutId(s.id)).map((s) => s.id)).toEqual([]);
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
  });

  it('say in English what the table says, and in German with German key names', () => {
    const en = createI18n('en').getFixedT('en', 'settings');
    for (const s of SHORTCUTS) {
      if (!isShortcutId(s.id)) continue;
      expect(en(`shortcut.${s.id}.action`)).toBe(s.action);
    }
    const de = createI18n('de').getFixedT('de', 'settings');
    expect(de('shortcut.importFolder.keys')).toBe('Strg+Umschalt+O');
    expect(de('shortcut.importFolder.mac')).toBe('⇧⌘O');
  });
});
