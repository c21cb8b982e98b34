/**
 * The find bar (Ctrl/Cmd+F, Edit → Find in Article…): a search landmark in the reader's bar with the query box,
 * "3 of 12", Previous / Next match (also Enter / Shift+Enter, F3 / Shift+F3) and Close (also Escape, which here
 * only closes the bar and never leaves the article). Focus returns to where it was when the bar closes.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReaderCommand } from '../../../ui/use-reader-command';
import type { ReaderCommand } from '../../../ui/reader-commands';
import { findStatus } from './find-matches';
import { useFind } from './use-find';
import './find.css';

interface Props {
  /** The elements whose text is searched (the article's header and body). */
  getRoots: () => Element[];
}

const COMMANDS: readonly ReaderCommand[] = ['find', 'find-next', 'find-previous'];

/** How far down the sticky reader bar reaches: matches are scrolled to below it. */
function readerBarBottom(): number {
  return document.querySelector('.reader-bar')?.getBoundingClientRect().bottom ?? 0;
}

export function FindInArticle({ getRoots }: Props) {
  const { t } = useTranslation('reader');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const find = useFind(open, getRoots, readerBarBottom);
  const { step, refresh } = find;

  // Every "find" (opening the bar, or Ctrl+F again) asks for the box to be focused and its text selected, once
  // the bar is in the page: done in an effect after that render.
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequests]);

  const show = useCallback(() => {
    if (!open && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement;
    if (!open) refresh();
    setOpen(true);
    setFocusRequests((n) => n + 1);
  }, [open, refresh]);

  const close = useCallback(() => {
    setOpen(false);
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }, []);

  useReaderCommand(COMMANDS, (command) => {
    if (command === 'find' || !open) show();
    else step(command === 'find-next' ? 1 : -1);
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Handled here, so the reader's Escape (back to the library) does not also run.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && event.target === inputRef.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  if (!open) return null;
  const status = findStatus(find.current, find.count, find.query, t);
  return (
    <div role="search" aria-label={t('findInArticle')} className="find-bar" onKeyDown={onKeyDown}>
      <input
        ref={inputRef}
        type="text"
        aria-label={t('findInArticle')}
        placeholder={t('findInArticle')}
        autoComplete="off"
        spellCheck={false}
        value={find.query}
        onChange={(event) => find.setQuery(event.target.value)}
        data-matches={find.count}
      />
      <span className="find-status" role="status" aria-label={t('findMatches')}>
        {status}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={find.count === 0} aria-label={t('previousMatch')} title={t('previousMatchTitle')}>
        ↑
      </button>
      <button type="button" onClick={() => step(1)} disabled={find.count === 0} aria-label={t('nextMatch')} title={t('nextMatchTitle')}>
        ↓
      </button>
      <button type="button" onClick={close} aria-label={t('closeFind')} title={t('closeFindTitle')}>
        ×
      </button>
    </div>
  );
}
