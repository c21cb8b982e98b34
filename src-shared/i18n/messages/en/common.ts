/** Words used across the interface (buttons, states), and the Language setting. */
export const common = {
  appName: 'Offprint',
  close: 'Close',
  cancel: 'Cancel',
  ok: 'OK',
  delete: 'Delete',
  save: 'Save',
  undo: 'Undo',
  language: 'Language',
  languageSystem: 'System ({{language}})',
  couldNotOpenLibrary: 'Offprint could not open your library: {{reason}}',
  articleCount_one: '{{count, number}} article',
  articleCount_other: '{{count, number}} articles',
} as const;
