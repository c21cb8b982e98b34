export type * from './api';
export type * from './article';
export type * from './events';
export type * from './result';
export type * from './export-job';
export type * from './import-job';
export type * from './notes-export';
export type * from './library';
export { BRIDGE_NAMESPACES, INVOKE_CHANNELS, MAIN_EVENTS, PRELOAD_CHANNELS } from './bridge-lists';
