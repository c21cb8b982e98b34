/**
 * The context menu of a sidebar tag or collection, described: the requested items (ids from the contract's closed
 * list) with their labels from main's `menu` messages, in the interface's language, each naming what it acts on
 * (Rename Tag…, Delete Collection…). Merge into… is for tags: a collection's menu leaves it out. Pure: the host
 * shows it (app/sidebar-menu.ts, or the test harness).
 */
import type { TFunction } from 'i18next';
import type { SidebarMenuItemId, SidebarMenuKind, SidebarMenuRequest } from '../../../src-shared/contract';

export interface SidebarMenuEntry {
  id: SidebarMenuItemId;
  label: string;
  enabled: boolean;
}

type MenuKey = 'sidebarRenameTag' | 'sidebarMergeTag' | 'sidebarDeleteTag' | 'sidebarRenameCollection' | 'sidebarDeleteCollection';

/** Each item's label by the kind of entry; null: the item is not offered for that kind. */
const LABEL_KEYS = {
  tag: { rename: 'sidebarRenameTag', merge: 'sidebarMergeTag', delete: 'sidebarDeleteTag' },
  collection: { rename: 'sidebarRenameCollection', merge: null, delete: 'sidebarDeleteCollection' },
} as const satisfies Record<SidebarMenuKind, Record<SidebarMenuItemId, MenuKey | null>>;

export function buildSidebarMenu(request: SidebarMenuRequest, t: TFunction<'menu'>): SidebarMenuEntry[] {
  const keys: Record<SidebarMenuItemId, MenuKey | null> = LABEL_KEYS[request.kind];
  return [...new Set(request.items)].flatMap((id) => {
    const key = keys[id];
    return key === null ? [] : [{ id, label: t(key), enabled: true }];
  });
}
