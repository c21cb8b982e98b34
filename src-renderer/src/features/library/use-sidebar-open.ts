/**
 * Whether the sidebar shows. In a wide window it shows unless collapsed by hand (remembered in settings); below
 * NARROW it is hidden behind the toolbar's toggle and opens over the list until an entry is chosen or Escape.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { OffprintDatabase } from '../../data/database';
import { getSidebarCollapsed, setSidebarCollapsed } from '../../data/sidebar-setting';

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

export interface SidebarOpen {
  open: boolean;
  /** Open over the list (a narrow window), rather than beside it. */
  overlay: boolean;
  toggle: () => void;
  /** After an entry is chosen: a sidebar open over the list closes. */
  chosen: () => void;
}

export function useSidebarOpen(db: OffprintDatabase, onError: (error: unknown) => void): SidebarOpen {
  const narrow = useNarrow();
  const [collapsed, setCollapsed] = useState(false);
  const [openNarrow, setOpenNarrow] = useState(false);
  useEffect(() => {
    let live = true;
    getSidebarCollapsed(db)
      .then((stored) => live && setCollapsed(stored))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [db, onError]);
  const toggle = useCallback(() => {
    if (narrow) {
      setOpenNarrow((open) => !open);
      return;
    }
    setCollapsed(!collapsed);
    setSidebarCollapsed(db, !collapsed).catch(onError);
  }, [narrow, collapsed, db, onError]);
  const chosen = useCallback(() => setOpenNarrow(false), []);
  return { open: narrow ? openNarrow : !collapsed, overlay: narrow, toggle, chosen };
}
