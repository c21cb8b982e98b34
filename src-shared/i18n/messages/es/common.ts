/** The `common` namespace in Español. */
export const common = {
  appName: 'Offprint',
  close: 'Cerrar',
  cancel: 'Cancelar',
  ok: 'Aceptar',
  delete: 'Eliminar',
  save: 'Guardar',
  undo: 'Deshacer',
  language: 'Idioma',
  languageSystem: 'El del sistema ({{language}})',
  couldNotOpenLibrary: 'Offprint no pudo abrir tu biblioteca: {{reason}}',
  articleCount_one: '{{count, number}} artículo',
  articleCount_many: '{{count, number}} de artículos',
  articleCount_other: '{{count, number}} artículos',
} as const;
