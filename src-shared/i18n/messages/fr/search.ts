/** The `search` namespace in Français. */
export const search = {
  searchLibrary: 'Rechercher dans la bibliothèque',
  search: 'Recherche',
  searchResults: 'Résultats de la recherche',
  preparing: 'Préparation de la recherche…',
  noResults: 'Aucun résultat',
  results_one: '{{count, number}} résultat',
  results_many: '{{count, number}} de résultats',
  results_other: '{{count, number}} résultats',
  showingResultsFor: 'Résultats pour <0/>',
  showingBest: 'Affichage des {{count, number}} meilleurs. Ajoutez des mots pour affiner la recherche.',
} as const;
