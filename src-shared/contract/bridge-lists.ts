/**
 * The contract's runtime lists: the bridge's namespaces, its IPC channels and main's events. The preload, the
 * end-to-end test bridge and the Electron smoke test derive what they build and expect from these lists, and the
 * compiler checks each list against the types both ways (none missing, none extra).
 */
import type { InvokeChannel, OffprintApi } from './api';
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
  files: true,
  events: true,
});

export const INVOKE_CHANNELS: readonly InvokeChannel[] = keysOf<InvokeChannel>({
  'import:choosePaths': true,
  'import:start': true,
  'import:next': true,
  'import:cancel': true,
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
  'notes:saveExport': true,
  'shell:openExternal': true,
  'app:getInfo': true,
});

export const MAIN_EVENTS: readonly MainEventName[] = keysOf<MainEventName>({
  'menu:command': true,
  'app:open-paths': true,
});
