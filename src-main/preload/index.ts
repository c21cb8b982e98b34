/**
 * The bridge: implements the contract over ipcRenderer.invoke with namespaced channels and exposes only that
 * object as `window.offprint`. Never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { ChannelArgs, ChannelReturn, InvokeChannel, MainEventName, OffprintApi } from '../../src-shared/contract';

function invoke<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): ChannelReturn<C> {
  return ipcRenderer.invoke(channel, ...args) as ChannelReturn<C>;
}

const events: readonly MainEventName[] = ['menu:command', 'app:open-paths'];

const api = {
  import: {
    choosePaths: (mode) => invoke('import:choosePaths', mode),
    start: (source) => invoke('import:start', source),
    next: (jobId) => invoke('import:next', jobId),
    cancel: (jobId) => invoke('import:cancel', jobId),
  },
  export: {
    begin: (request) => invoke('export:begin', request),
    add: (exportId, articles) => invoke('export:add', exportId, articles),
    finish: (exportId) => invoke('export:finish', exportId),
    abort: (exportId) => invoke('export:abort', exportId),
  },
  notes: {
    saveExport: (request) => invoke('notes:saveExport', request),
  },
  shell: {
    openExternal: (url) => invoke('shell:openExternal', url),
  },
  app: {
    getInfo: () => invoke('app:getInfo'),
  },
  files: {
    pathForFile: (file) => {
      try {
        return webUtils.getPathForFile(file);
      } catch {
        return '';
      }
    },
  },
  events: {
    on: (event, listener) => {
      if (!events.includes(event)) throw new Error(`Unknown event ${String(event)}`);
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
