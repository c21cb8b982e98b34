/** Events the main process may send to the renderer, by namespaced channel. */

/** Commands from the application menu (and their accelerators) that the renderer carries out. */
export type MenuCommand = 'import' | 'zoom-in' | 'zoom-out' | 'zoom-reset';

export interface MainEvents {
  'menu:command': MenuCommand;
}

export type MainEventName = keyof MainEvents;
