/**
 * Which reader command a key press runs (see shortcuts.ts), or null. Single letters and `?` never fire while the
 * user types in a text field, nor with Ctrl, ⌘ or Alt held; Ctrl+F (⌘F), F3 and F6 work everywhere.
 */
import type { ReaderCommand } from '../../ui/reader-commands';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function commandForKey(press: KeyPress, isMac: boolean, inTextField: boolean): ReaderCommand | null {
  const primary = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (primary && !press.altKey) {
    if (key === 'f' && !press.shiftKey) return 'find';
    if (key === 'g') return press.shiftKey ? 'find-previous' : 'find-next';
    if (key === 'k' && !press.shiftKey) return 'focus-search';
    return null;
  }
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (key === 'F3') return press.shiftKey ? 'find-previous' : 'find-next';
  if (key === 'F6') return press.shiftKey ? 'previous-pane' : 'next-pane';
  if (inTextField) return null;
  if (press.key === '?') return 'keyboard-shortcuts';
  if (press.key === '/') return 'focus-search';
  if (press.shiftKey) return null;
  if (key === 'j') return 'next-article';
  if (key === 'k') return 'previous-article';
  if (key === 'n') return 'notes';
  return null;
}

/**
 * True for elements that take typed text: inputs, text areas, selects, editable content, and a drop-down
 * (ui/Select: its button or its open list), whose letters jump to an option.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('[role="combobox"], [role="listbox"]')) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image'].includes(target.type);
  }
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
