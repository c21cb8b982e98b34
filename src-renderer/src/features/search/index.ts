/** The search feature's public parts: what other features and the app may import (layer rule). */
export { SearchBox } from './SearchBox';
export { SearchResults } from './SearchResults';
export { searchLibraryFor, useLibrarySearch } from './use-library-search';
