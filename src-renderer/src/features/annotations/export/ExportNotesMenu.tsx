/**
 * "Export notes…": a small menu of the two formats (Markdown, Web Annotation JSON-LD). Choosing one builds the
 * export (`load` is asked for the annotations at that moment) and asks where to save it; a quiet status says
 * where it went. Arrow keys move in the menu, Escape closes it and gives the focus back to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../../../src-shared/i18n';
import type { NotesExportFormat } from '../../../../../src-shared/contract';
import { type ExportScope, saveAnnotationsExport } from './save-export';
import './export-notes.css';

const FORMATS = [
  { format: 'markdown', label: 'formatMarkdown' },
  { format: 'json-ld', label: 'formatJsonLd' },
] as const satisfies readonly { format: NotesExportFormat; label: string }[];

interface Props {
  load: () => Promise<ExportScope | null>;
  onError: (error: unknown) => void;
  disabled?: boolean;
}

export function ExportNotesMenu({ load, onError, disabled = false }: Props) {
  const { t } = useTranslation('annotations');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = async (format: NotesExportFormat) => {
    close(true);
    setBusy(true);
    setStatus('');
    try {
      const scope = await load();
      if (!scope) throw new Error(t('nothingToExport'));
      const name = await saveAnnotationsExport(scope, format, t);
      setStatus(name === null ? '' : t('exportedTo', { name: isolate(name) }));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="export-notes">
      <button
        ref={buttonRef}
        type="button"
        className="quiet-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled || busy}
        onClick={() => setOpen((o) => !o)}
      >
        {t('exportNotes')}
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('exportNotesAs')}
          className="export-notes-menu"
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close(false);
          }}
        >
          {FORMATS.map(({ format, label }) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(format)}>
                {t(label)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" aria-label={t('notesExport')} className="export-notes-status">
        {status}
      </span>
    </div>
  );
}
