/**
 * The bridge: implements the contract over ipcRenderer.invoke with namespaced channels and exposes only that
 * object as `window.offprint`. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { MAIN_EVENTS } from '../../src-shared/contract/bridge-lists';
import type { ChannelArgs, ChannelReturn, InvokeChannel, OffprintApi } from '../../src-shared/contract';

function invoke<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): ChannelReturn<C> {
  return ipcRenderer.invoke(channel, ...args) as ChannelReturn<C>;
}

function pathForFile(file: unknown): string {
  try {
    return file instanceof File ? webUtils.getPathForFile(file) : '';
  } catch {
    return '';
  }
}

const api = {
  import: {
    choose: (mode) => invoke('import:choose', mode),
    takeOpened: () => invoke('import:takeOpened'),
    start: (source) => invoke('import:start', source),
    next: (jobId) => invoke('import:next', jobId),
    cancel: (jobId) => invoke('import:cancel', jobId),
    download: (links) => invoke('import:download', links),
    downloadAllowed: () => invoke('import:downloadAllowed'),
    setDownloadAllowed: (allowed) => invoke('import:setDownloadAllowed', allowed),
  },
  export: {
    begin: (request) => invoke('export:begin', request),
    add: (exportId, articles) => invoke('export:add', exportId, articles),
    finish: (exportId) => invoke('export:finish', exportId),
    abort: (exportId) => invoke('export:abort', exportId),
  },
  backup: {
    begin: (request) => invoke('backup:begin', request),
    add: (backupId, articles) => invoke('backup:add', backupId, articles),
    finish: (backupId, library, stamp) => invoke('backup:finish', backupId, library, stamp),
    abort: (backupId) => invoke('backup:abort', backupId),
    list: () => invoke('backup:list'),
    status: () => invoke('backup:status'),
    chooseFolder: () => invoke('backup:chooseFolder'),
    useDefaultFolder: () => invoke('backup:useDefaultFolder'),
    showFolder: () => invoke('backup:showFolder'),
  },
  notes: {
    saveExport: (request) => invoke('notes:saveExport', request),
  },
  shell: {
    openExternal: (url) => invoke('shell:openExternal', url),
    openOriginalPdf: (bytes) => invoke('shell:openOriginalPdf', bytes),
  },
  app: {
    getInfo: () => invoke('app:getInfo'),
    reportContextMenu: (target) => invoke('app:reportContextMenu', target),
    popupRowMenu: (request) => invoke('app:popupRowMenu', request),
    popupSidebarMenu: (request) => invoke('app:popupSidebarMenu', request),
    quit: () => invoke('app:quit'),
    setLanguage: (locale) => invoke('app:setLanguage', locale),
  },
  restore: {
    chooseFile: () => invoke('restore:chooseFile'),
    preview: (source) => invoke('restore:preview', source),
    start: (source) => invoke('restore:start', source),
    checkSpace: (source, libraryBytes) => invoke('restore:checkSpace', source, libraryBytes),
    beginSafetyBackup: () => invoke('restore:beginSafetyBackup'),
    openLatestReadOnly: () => invoke('restore:openLatestReadOnly'),
  },
  library: {
    guard: () => invoke('library:guard'),
    opened: (report) => invoke('library:opened', report),
  },
  files: {
    // The paths come from Electron for real dropped files, never from the page: a File made in script has none.
    grantDropped: async (files) => {
      const paths: string[] = [];
      const withoutPath: number[] = [];
      files.forEach((file, index) => {
        const path = pathForFile(file);
        if (path) paths.push(path);
        else withoutPath.push(index);
      });
      if (paths.length === 0) return { ok: true, value: { grant: null, withoutPath } };
      const granted = await invoke('files:grantDroppedPaths', paths);
      return granted.ok ? { ok: true, value: { grant: granted.value, withoutPath } } : granted;
    },
  },
  events: {
    on: (event, listener) => {
      if (!MAIN_EVENTS.includes(event)) throw new Error(`Unknown event ${String(event)}`);
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) =>
        listener(payload as Parameters<typeof listener>[0]);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  },
} satisfies OffprintApi;

contextBridge.exposeInMainWorld('offprint', api);
