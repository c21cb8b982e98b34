/** La barre latérale de la bibliothèque : ses sections et ses entrées, et le bouton qui l’affiche ou la masque. */
export const sidebar = {
  navigation: 'Navigation de la bibliothèque',
  toggle: 'Barre latérale',
  library: 'Bibliothèque',
  all: 'Tous les articles',
  unread: 'Non lus',
  favourites: 'Favoris',
  archive: 'Archives',
  notes: 'Notes',
  importHistory: 'Historique des importations',
  collections: 'Collections',
  noCollections: 'Aucune collection pour l’instant',
  tags: 'Étiquettes',
  noTags: 'Aucune étiquette pour l’instant',
};
