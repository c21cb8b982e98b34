/**
 * What a manage dialog (Tags…, Collections…) starts with when a sidebar entry's context menu opens it: the
 * chosen item on that entry, a tag by its name or a collection by its id. Rename starts the inline edit, Delete
 * asks at once (naming the count), Merge into… has the tag chosen as the one to merge (never the other).
 */
import type { SidebarMenuItemId } from '../../../../src-shared/contract';

export interface ManageStart {
  action: SidebarMenuItemId;
  /** The tag's name, or the collection's id. */
  value: string;
}

/** The value the dialog starts `action` on, if it starts with that action. */
export function startValue(start: ManageStart | undefined, action: SidebarMenuItemId): string | null {
  return start?.action === action ? start.value : null;
}
