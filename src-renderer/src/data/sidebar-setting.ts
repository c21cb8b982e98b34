/** Whether the library's sidebar was collapsed by hand (in a wide window), remembered in settings (`library.sidebarCollapsed`). */
import type { OffprintDatabase } from './database';
import { getSetting, setSetting } from './settings-repo';

export const SETTING_SIDEBAR_COLLAPSED = 'library.sidebarCollapsed';

export async function getSidebarCollapsed(db: OffprintDatabase): Promise<boolean> {
  return (await getSetting(db, SETTING_SIDEBAR_COLLAPSED)) === true;
}

export async function setSidebarCollapsed(db: OffprintDatabase, collapsed: boolean): Promise<void> {
  await setSetting(db, SETTING_SIDEBAR_COLLAPSED, collapsed);
}
