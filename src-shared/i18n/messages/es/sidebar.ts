/** La barra lateral de la biblioteca: sus secciones y entradas, y el botón que la muestra u oculta. */
export const sidebar = {
  navigation: 'Navegación de la biblioteca',
  toggle: 'Barra lateral',
  library: 'Biblioteca',
  all: 'Todos los artículos',
  unread: 'Sin leer',
  favourites: 'Favoritos',
  archive: 'Archivo',
  notes: 'Notas',
  importHistory: 'Historial de importaciones',
  collections: 'Colecciones',
  noCollections: 'Aún no hay colecciones',
  tags: 'Etiquetas',
  noTags: 'Aún no hay etiquetas',
};
