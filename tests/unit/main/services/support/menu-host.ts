/** Main's bridge handlers over a host that shows no dialog and no menu, with the given native menus in its place. */
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { createBridgeHandlers } from '../../../../../src-main/services/bridge-handlers';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { NO_LINK_HOST } from './link-host';
import { NO_RESTORE_HOST } from './restore-host';
import { TEST_STORAGE } from './storage-host';

export function handlersWithMenus(menus: Partial<Pick<BridgeHost, 'popupRowMenu' | 'popupSidebarMenu'>>) {
  return createBridgeHandlers({
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    ...menus,
    storage: TEST_STORAGE,
    openExternal: async () => undefined,
    sampleLibraryDir: '/nowhere',
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux' },
  });
}
