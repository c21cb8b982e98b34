/**
 * The contract's runtime lists: the bridge's namespaces, its IPC channels and main's events. The preload, the
 * end-to-end test bridge and the Electron smoke test derive what they build and expect from these lists, and the
 * compiler checks each list against the types both ways (none missing, none extra).
 */
import type { OffprintApi, PageChannel, PreloadChannels } from './api';
import type { MainEventName } from './events';

/** Every key of a record type, as a list the compiler holds to exactly those keys. */
function keysOf<K extends string>(record: Record<K, true>): K[] {
  return Object.keys(record) as K[];
}

export const BRIDGE_NAMESPACES: readonly (keyof OffprintApi)[] = keysOf<keyof OffprintApi>({
  import: true,
  export: true,
  backup: true,
  notes: true,
  shell: true,
  app: true,
  restore: true,
  library: true,
  files: true,
  events: true,
});

/** The channels behind the page's functions, one to one (the e2e bridge builds `window.offprint` from these). */
export const INVOKE_CHANNELS: readonly PageChannel[] = keysOf<PageChannel>({
  'import:choose': true,
  'import:takeOpened': true,
  'import:start': true,
  'import:next': true,
  'import:cancel': true,
  'import:download': true,
  'import:downloadAllowed': true,
  'import:setDownloadAllowed': true,
  'export:begin': true,
  'export:add': true,
  'export:finish': true,
  'export:abort': true,
  'backup:begin': true,
  'backup:add': true,
  'backup:finish': true,
  'backup:abort': true,
  'backup:list': true,
  'backup:status': true,
  'backup:chooseFolder': true,
  'backup:useDefaultFolder': true,
  'backup:showFolder': true,
  'notes:saveExport': true,
  'shell:openExternal': true,
  'shell:openOriginalPdf': true,
  'app:getInfo': true,
  'app:reportContextMenu': true,
  'app:popupRowMenu': true,
  'app:popupSidebarMenu': true,
  'app:quit': true,
  'app:setLanguage': true,
  'restore:chooseFile': true,
  'restore:preview': true,
  'restore:start': true,
  'restore:checkSpace': true,
  'restore:beginSafetyBackup': true,
  'restore:openLatestReadOnly': true,
  'library:guard': true,
  'library:opened': true,
});

/** The channels only the preload calls (see PreloadChannels). */
export const PRELOAD_CHANNELS: readonly (keyof PreloadChannels)[] = keysOf<keyof PreloadChannels>({
  'files:grantDroppedPaths': true,
});

export const MAIN_EVENTS: readonly MainEventName[] = keysOf<MainEventName>({
  'menu:command': true,
  'app:files-opened': true,
  'context-menu:command': true,
});
