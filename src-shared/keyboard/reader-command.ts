/** The reader's commands that keys and menu items send (src-renderer/src/ui/reader-commands.ts delivers them). */
export type ReaderCommand =
  | 'find'
  | 'find-next'
  | 'find-previous'
  | 'next-article'
  | 'previous-article'
  | 'notes'
  | 'keyboard-shortcuts'
  | 'focus-search'
  | 'next-pane'
  | 'previous-pane';
