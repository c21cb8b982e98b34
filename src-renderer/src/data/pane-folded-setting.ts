/**
 * Whether a pane of the library was folded by hand in a wide window, remembered in settings: the sidebar
 * (`library.sidebarCollapsed`) and the filter panel (`library.filtersFolded`).
 */
import type { OffprintDatabase } from './database';
import { getSetting, setSetting } from './settings-repo';

export type FoldablePane = 'sidebar' | 'filters';

export const PANE_FOLDED_SETTINGS: Readonly<Record<FoldablePane, string>> = {
  sidebar: 'library.sidebarCollapsed',
  filters: 'library.filtersFolded',
};

export async function getPaneFolded(db: OffprintDatabase, pane: FoldablePane): Promise<boolean> {
  return (await getSetting(db, PANE_FOLDED_SETTINGS[pane])) === true;
}

export async function setPaneFolded(db: OffprintDatabase, pane: FoldablePane, folded: boolean): Promise<void> {
  await setSetting(db, PANE_FOLDED_SETTINGS[pane], folded);
}
