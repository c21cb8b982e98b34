/** The `common` namespace in Deutsch. */
export const common = {
  appName: 'Offprint',
  close: 'Schließen',
  cancel: 'Abbrechen',
  ok: 'OK',
  delete: 'Löschen',
  save: 'Sichern',
  undo: 'Widerrufen',
  language: 'Sprache',
  languageSystem: 'Wie das System ({{language}})',
  couldNotOpenLibrary: 'Offprint konnte Ihre Bibliothek nicht öffnen: {{reason}}',
  articleCount_one: '{{count, number}} Artikel',
  articleCount_other: '{{count, number}} Artikel',
} as const;
