/** Die Seitenleiste der Bibliothek: ihre Abschnitte und Einträge und die Schaltfläche, die sie ein- oder ausblendet. */
export const sidebar = {
  navigation: 'Bibliotheksnavigation',
  toggle: 'Seitenleiste',
  library: 'Bibliothek',
  all: 'Alle Artikel',
  unread: 'Ungelesen',
  favourites: 'Favoriten',
  archive: 'Archiv',
  notes: 'Notizen',
  importHistory: 'Importverlauf',
  collections: 'Sammlungen',
  noCollections: 'Noch keine Sammlungen',
  tags: 'Schlagwörter',
  noTags: 'Noch keine Schlagwörter',
};
