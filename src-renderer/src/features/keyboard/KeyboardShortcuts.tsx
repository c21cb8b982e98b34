/**
 * The window's keyboard shortcuts: listens for them (use-keyboard-shortcuts.ts) and shows the "Keyboard
 * shortcuts" dialog (`?`, Help → Keyboard Shortcuts) listing the table of shortcuts.ts for this system.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../../../src-shared/keyboard/shortcuts';
import { shortcutId } from './shortcut-words';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useReaderCommand } from '../../ui/use-reader-command';
import { usePaneCycle } from './use-pane-cycle';
import './keyboard.css';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export function KeyboardShortcuts() {
  const { t } = useTranslation(['settings', 'common']);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useKeyboardShortcuts();
  usePaneCycle();
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
    <dialog ref={dialogRef} className="shortcuts-dialog dialog-surface" aria-labelledby="shortcuts-title" onKeyDown={onKeyDown}>
      <h2 id="shortcuts-title">{t('shortcutsTitle')}</h2>
      <div className="shortcuts-table" tabIndex={0} role="region" aria-label={t('shortcutsTable')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('actionColumn')}</th>
              <th scope="col">{t('keysColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => {
              const id = shortcutId(s);
              return (
                <tr key={s.id}>
                  <th scope="row">{t(`shortcut.${id}.action`)}</th>
                  <td>{IS_MAC ? t(`shortcut.${id}.mac`) : t(`shortcut.${id}.keys`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form method="dialog">
        <button type="submit" ref={closeRef}>
          {t('common:close')}
        </button>
      </form>
    </dialog>
  );
}
