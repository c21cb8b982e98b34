/**
 * The window's keyboard shortcuts: listens for them (use-keyboard-shortcuts.ts) and shows the "Keyboard
 * shortcuts" dialog (`?`, Help → Keyboard Shortcuts) listing the table of shortcuts.ts for this system.
 */
import { useRef, type KeyboardEvent } from 'react';
import { SHORTCUTS } from '../../../../src-shared/keyboard/shortcuts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useReaderCommand } from '../../ui/use-reader-command';
import './keyboard.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
const plain = (s: string) => s.replaceAll('**', '');

export function KeyboardShortcuts() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useKeyboardShortcuts();
  useReaderCommand(['keyboard-shortcuts'], () => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // Close first: Enter or Space dismisses the list at once; Tab reaches the table to scroll it.
    closeRef.current?.focus();
  });
  const onKeyDown = (event: KeyboardEvent) => {
    // Closes the dialog only: the reader's Escape (back to the library) must not run as well.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialogRef.current?.close();
  };
  return (
    <dialog ref={dialogRef} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onKeyDown={onKeyDown}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-table" tabIndex={0} role="region" aria-label="Shortcuts">
        <table>
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <th scope="row">{plain(s.action)}</th>
                <td>{plain(IS_MAC ? (s.mac === 'the same' ? s.keys : s.mac) : s.keys)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="dialog">
        <button type="submit" ref={closeRef}>
          Close
        </button>
      </form>
    </dialog>
  );
}
