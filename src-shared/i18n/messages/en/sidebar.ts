/** The library's sidebar: its sections and entries, and the toolbar button that shows or hides it. */
export const sidebar = {
  navigation: 'Library navigation',
  toggle: 'Sidebar',
  library: 'Library',
  all: 'All articles',
  unread: 'Unread',
  favourites: 'Favourites',
  archive: 'Archive',
  notes: 'Notes',
  importHistory: 'Import history',
  collections: 'Collections',
  noCollections: 'No collections yet',
  tags: 'Tags',
  noTags: 'No tags yet',
};
