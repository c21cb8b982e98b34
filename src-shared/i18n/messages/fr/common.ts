/** The `common` namespace in Français. */
export const common = {
  appName: 'Offprint',
  close: 'Fermer',
  cancel: 'Annuler',
  ok: 'OK',
  delete: 'Supprimer',
  save: 'Enregistrer',
  undo: 'Annuler l’action',
  language: 'Langue',
  languageSystem: 'Celle du système ({{language}})',
  couldNotOpenLibrary: 'Offprint n’a pas pu ouvrir votre bibliothèque : {{reason}}',
  articleCount_one: '{{count, number}} article',
  articleCount_many: '{{count, number}} d’articles',
  articleCount_other: '{{count, number}} articles',
} as const;
