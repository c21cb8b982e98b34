/** Searching the library: the box, the results and their count. `<0/>` is the corrected query (as typed words, emphasised). */
export const search = {
  searchLibrary: 'Search library',
  search: 'Search',
  searchResults: 'Search results',
  preparing: 'Preparing search…',
  noResults: 'No results',
  results_one: '{{count, number}} result',
  results_other: '{{count, number}} results',
  showingResultsFor: 'Showing results for <0/>',
  showingBest: 'Showing the best {{count, number}}. Add words to narrow the search.',
} as const;
