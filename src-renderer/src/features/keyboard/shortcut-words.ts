/**
 * Where a shortcut's words are in the messages: settings `shortcut.<id>` (what it does, its keys elsewhere and on
 * macOS, each written for the language: "Strg" in German). A shortcut without messages is a mistake the unit test
 * catches; it shows under the id of the first shortcut rather than breaking the dialog.
 */
import type { Messages } from '../../../../src-shared/i18n/messages';
import { messages as english } from '../../../../src-shared/i18n/messages/en';
import type { Shortcut } from '../../../../src-shared/keyboard/shortcuts';

export type ShortcutId = keyof Messages['settings']['shortcut'];

export function isShortcutId(id: string): id is ShortcutId {
  return Object.hasOwn(english.settings.shortcut, id);
}

export function shortcutId(shortcut: Pick<Shortcut, 'id'>): ShortcutId {
  return isShortcutId(shortcut.id) ? shortcut.id : 'import';
}
