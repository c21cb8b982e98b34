/** The backup, restore and version-guard parts of a BridgeHost for tests that use none of them. */
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';

export const NO_RESTORE_HOST: Pick<
  BridgeHost,
  'libraryRecordFile' | 'runtimeVersions' | 'chooseRestoreFile' | 'openPath' | 'showFolder' | 'popupRowMenu' | 'popupSidebarMenu' | 'quit' | 'setLanguage'
> = {
  libraryRecordFile: '/nonexistent/offprint-library-record.json',
  runtimeVersions: { electron: '41.7.1', chromium: '146.0.0.0' },
  chooseRestoreFile: async () => null,
  openPath: async () => '',
  showFolder: async () => undefined,
  popupRowMenu: async () => null,
  popupSidebarMenu: async () => null,
  quit: () => undefined,
  setLanguage: () => undefined,
};
