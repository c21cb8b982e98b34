/**
 * The library list, virtualized against the window's scroll (TanStack Virtual): only the rows in view, and a few
 * either side, are in the page, so 100,000 articles scroll as smoothly as ten. It stays a list named "Articles";
 * every row says its place (aria-posinset / aria-setsize). Keys: arrows, Home and End move between rows (the
 * title of the row takes the focus), Enter opens. Coming back from an article, its row is scrolled into view
 * and focused.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleListItem } from './ArticleListItem';
import type { LibraryEntry } from '../../data/library-entry';
import { nextRowIndex } from './row-keys';
import { rowsArrivedAbove } from './row-anchor';
import { useDockSpace } from '../../ui/dock-space';

/**
 * Every row is this tall (in rem, see .article-item in library.css): a one-line title and one line of meta. With
 * one known height the virtualizer never measures rows, so scrolling through 100,000 does no layout work but
 * the rows in view.
 */
export const ROW_REM = 4.75;
const OVERSCAN = 8;

function rowPx(): number {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return ROW_REM * (Number.isFinite(rootPx) && rootPx > 0 ? rootPx : 16);
}

interface Props {
  entries: readonly LibraryEntry[];
  /** How many articles the list has in all (more than `entries` while the library is still loading). */
  setSize: number;
  onOpen: (articleId: string) => void;
  focusId: string | null;
  /** Whether the list is whole and in its final order: only then does the row of `focusId` take the focus. */
  complete: boolean;
  selected: ReadonlySet<string>;
  onToggleSelect: (articleId: string) => void;
  /** The row's context menu (use-row-context-menu.ts): the right-click and the context-menu keys. */
  rowMenu?: { onContextMenu: (event: MouseEvent) => void; onKeyDown: (event: KeyboardEvent) => void };
}

export function VirtualArticleList({ entries, setSize, onOpen, focusId, complete, selected, onToggleSelect, rowMenu }: Props) {
  const { t } = useTranslation('library');
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list's distance from the top of the page, followed as what is above it grows or shrinks.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return undefined;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    if (typeof ResizeObserver === 'undefined') {
      // Where there is no ResizeObserver (jsdom), once is enough.
      const frame = requestAnimationFrame(measure);
      return () => cancelAnimationFrame(frame);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    if (list.parentElement) observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, []);

  // Stable while the entries are: a new function would make the virtualizer lay out every row again (O(n)).
  const getItemKey = useCallback((index: number) => entries[index]?.id ?? index, [entries]);
  // The row scrolled to by a key stays above the import panel docked at the bottom of the window.
  const scrollPaddingEnd = useDockSpace();
  const virtualizer = useWindowVirtualizer({ count: entries.length, estimateSize: rowPx, overscan: OVERSCAN, scrollMargin, scrollPaddingEnd, getItemKey });

  const [focusTarget, setFocusTarget] = useState<{ index: number; token: number } | null>(null);
  const [cameBackDone, setCameBackDone] = useState(false);
  const cameBackIndex = focusId && complete && !cameBackDone ? entries.findIndex((entry) => entry.id === focusId) : -1;
  useEffect(() => {
    if (cameBackIndex >= 0) virtualizer.scrollToIndex(cameBackIndex, { align: 'center' });
  }, [cameBackIndex, virtualizer]);
  // The row a key press has asked for but that has not taken the focus yet: key presses that come faster than the
  // list is drawn (a held arrow key on a busy machine) move on from it, so none is lost.
  const pendingIndex = useRef<number | null>(null);
  // Once a row has taken the focus, it does not take it again when it comes back into view.
  const onRowFocused = useCallback(() => {
    pendingIndex.current = null;
    setCameBackDone(true);
    setFocusTarget(null);
  }, []);

  // The article whose row has the focus, kept by id: its row leaves the page when it scrolls out of view, and rows
  // arriving above it (an import) would carry it away.
  const focusedId = useRef<string | null>(null);
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    focusedId.current = row ? (entries[Number(row.dataset['index'])]?.id ?? null) : null;
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    const to = event.relatedTarget as Node | null;
    if (to) {
      if (!listRef.current?.contains(to)) focusedId.current = null;
      return;
    }
    // Focus went nowhere: a click on the page's background lets it go; a row leaving the page keeps it.
    const row = event.target;
    queueMicrotask(() => {
      if (row.isConnected && document.activeElement === document.body) focusedId.current = null;
    });
  };
  // When articles arrive above the place the reader is at (the focused row, or the first row in view once the
  // list is scrolled into), the window follows them: the same rows stay where they were, and a focused row that
  // left the page takes the focus back.
  const previousEntries = useRef(entries);
  useLayoutEffect(() => {
    const before = previousEntries.current;
    previousEntries.current = entries;
    if (before === entries || !listRef.current) return;
    const px = rowPx();
    const active = document.activeElement;
    const focusLeft = active === null || active === document.body;
    const focusedIndex = focusedId.current === null ? -1 : before.findIndex((entry) => entry.id === focusedId.current);
    const anchor =
      focusedIndex >= 0 && (focusLeft || listRef.current.contains(active))
        ? focusedIndex
        : window.scrollY > scrollMargin
          ? Math.floor((window.scrollY - scrollMargin) / px)
          : -1;
    if (anchor < 0) return;
    const shift = rowsArrivedAbove(before, entries, anchor);
    if (shift === 0) return;
    window.scrollBy({ top: shift * px, behavior: 'instant' });
    if (anchor === focusedIndex && focusLeft) {
      pendingIndex.current = anchor + shift;
      setFocusTarget((current) => ({ index: anchor + shift, token: (current?.token ?? 0) + 1 }));
    }
  }, [entries, scrollMargin]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    rowMenu?.onKeyDown(event);
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const from = pendingIndex.current ?? Number(row.dataset['index']);
    const next = nextRowIndex(event.key, from, entries.length);
    if (next === null) return;
    event.preventDefault();
    pendingIndex.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusTarget((current) => ({ index: next, token: (current?.token ?? 0) + 1 }));
  };

  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      className="article-list"
      aria-label={t('articles')}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      onContextMenu={rowMenu?.onContextMenu}
      data-rows={entries.length}
    >
      {items.map((item) => {
        const entry = entries[item.index]!;
        const token = focusTarget?.index === item.index ? focusTarget.token : item.index === cameBackIndex ? 0 : null;
        return (
          <ArticleListItem
            key={entry.id}
            entry={entry}
            index={item.index}
            setSize={setSize}
            onOpen={onOpen}
            focusToken={token}
            onFocused={token === null ? undefined : onRowFocused}
            selected={selected.has(entry.id)}
            onToggleSelect={onToggleSelect}
            top={item.start - virtualizer.options.scrollMargin}
            height={item.size}
          />
        );
      })}
    </ul>
  );
}
