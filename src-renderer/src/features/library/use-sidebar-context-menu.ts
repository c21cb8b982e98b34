/**
 * The context menu of a sidebar tag or collection: a right-click on the entry, or the context-menu key /
 * Shift+F10 on it when focused, asks main for its native menu (`app:popupSidebarMenu`: item ids and the entry's
 * kind, never labels) and hands the choice on as the manage dialog to open and what it starts with
 * (manage-start.ts): Rename… edits the name there, Delete… asks there first (naming the count) and offers Undo,
 * Merge into… (tags) has the tag chosen to merge. The dialogs hold the one implementation of each. One menu at a
 * time.
 */
import { useCallback, useRef } from 'react';
import type { SidebarMenuKind } from '../../../../src-shared/contract';
import { SIDEBAR_MENU_ITEMS, SIDEBAR_MENU_KINDS } from '../../../../src-shared/contract/sidebar-menu';
import { bridge, unwrap } from '../../data/bridge';
import type { ManageStart } from './manage-start';
import { useMenuTriggers } from './use-menu-triggers';

/** What a sidebar entry with a menu carries: `data-menu-kind` (tag, collection) and `data-menu-value`. */
export function entryMenuData(kind: SidebarMenuKind, value: string) {
  return { 'data-menu-kind': kind, 'data-menu-value': value } as const;
}

interface EntryTarget {
  kind: SidebarMenuKind;
  value: string;
}

function entryOf(target: EventTarget): EntryTarget | null {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-menu-kind]') : null;
  const kind = el?.dataset['menuKind'];
  const value = el?.dataset['menuValue'];
  if (value === undefined || !(SIDEBAR_MENU_KINDS as readonly string[]).includes(kind ?? '')) return null;
  return { kind: kind as SidebarMenuKind, value };
}

interface Options {
  /** Opens the Tags… (tag) or Collections… (collection) dialog with the chosen item on that entry. */
  onChoose: (kind: SidebarMenuKind, start: ManageStart) => void;
  onError: (error: unknown) => void;
}

export function useSidebarContextMenu({ onChoose, onError }: Options) {
  const showing = useRef(false);

  const show = useCallback(
    async ({ kind, value }: EntryTarget) => {
      if (showing.current) return;
      showing.current = true;
      try {
        const chosen = unwrap(await bridge().app.popupSidebarMenu({ kind, items: [...SIDEBAR_MENU_ITEMS] }));
        if (chosen !== null) onChoose(kind, { action: chosen, value });
      } catch (error) {
        onError(error);
      } finally {
        showing.current = false;
      }
    },
    [onChoose, onError],
  );

  return useMenuTriggers(entryOf, show);
}
