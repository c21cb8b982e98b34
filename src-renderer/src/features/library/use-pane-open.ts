/**
 * Whether a pane of the library shows: the sidebar, or the filter panel. In a wide window it shows unless folded
 * by hand (remembered in settings); below NARROW it starts folded, and opens from its toggle for the session (the
 * sidebar over the list, until an entry is chosen or Escape; the filters above the list).
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { getPaneFolded, setPaneFolded, type FoldablePane } from '../../data/pane-folded-setting';

/** The same width as library.css's `@media (max-width: 56.25em)` (900 px at the default text size). */
const NARROW = '(max-width: 56.25em)';

function narrowQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
}

function subscribe(onChange: () => void): () => void {
  const query = narrowQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const isNarrow = () => narrowQuery()?.matches ?? false;

function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}

export interface PaneOpen {
  open: boolean;
  /** A narrow window: the pane opens over or above the list, rather than beside it. */
  overlay: boolean;
  toggle: () => void;
  /** After an entry is chosen: a pane open over the list closes. */
  chosen: () => void;
}

export function usePaneOpen(db: OffprintDatabase, pane: FoldablePane, onError: (error: unknown) => void): PaneOpen {
  const narrow = useNarrow();
  const [collapsed, setCollapsed] = useState(false);
  const [openNarrow, setOpenNarrow] = useState(false);
  useEffect(() => {
    let live = true;
    getPaneFolded(db, pane)
      .then((stored) => live && setCollapsed(stored))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [db, pane, onError]);
  const toggle = useCallback(() => {
    if (narrow) {
      setOpenNarrow((open) => !open);
      return;
    }
    setCollapsed(!collapsed);
    setPaneFolded(db, pane, !collapsed).catch(onError);
  }, [narrow, collapsed, db, pane, onError]);
  const chosen = useCallback(() => setOpenNarrow(false), []);
  return { open: narrow ? openNarrow : !collapsed, overlay: narrow, toggle, chosen };
}
