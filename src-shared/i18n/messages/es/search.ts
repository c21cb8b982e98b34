/** The `search` namespace in Español. */
export const search = {
  searchLibrary: 'Buscar en la biblioteca',
  search: 'Búsqueda',
  searchResults: 'Resultados de la búsqueda',
  preparing: 'Preparando la búsqueda…',
  noResults: 'Sin resultados',
  results_one: '{{count, number}} resultado',
  results_many: '{{count, number}} de resultados',
  results_other: '{{count, number}} resultados',
  showingResultsFor: 'Mostrando resultados de <0/>',
  showingBest: 'Se muestran los {{count, number}} mejores. Añade palabras para afinar la búsqueda.',
} as const;
