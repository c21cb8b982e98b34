/** The `search` namespace in Deutsch. */
export const search = {
  searchLibrary: 'Bibliothek durchsuchen',
  search: 'Suche',
  searchResults: 'Suchergebnisse',
  preparing: 'Suche wird vorbereitet …',
  noResults: 'Keine Ergebnisse',
  results_one: '{{count, number}} Ergebnis',
  results_other: '{{count, number}} Ergebnisse',
  showingResultsFor: 'Ergebnisse für <0/>',
  showingBest: 'Die besten {{count, number}} werden angezeigt. Fügen Sie Wörter hinzu, um die Suche einzugrenzen.',
} as const;
