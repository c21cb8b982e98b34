/** The `common` namespace in العربية. */
export const common = {
  appName: 'Offprint',
  close: 'إغلاق',
  cancel: 'إلغاء',
  ok: 'حسنًا',
  delete: 'حذف',
  save: 'حفظ',
  undo: 'تراجع',
  language: 'اللغة',
  languageSystem: 'لغة النظام ({{language}})',
  couldNotOpenLibrary: 'تعذّر على Offprint فتح مكتبتك: {{reason}}',
  articleCount_zero: 'لا مقالات',
  articleCount_one: 'مقالة واحدة',
  articleCount_two: 'مقالتان',
  articleCount_few: '{{count, number}} مقالات',
  articleCount_many: '{{count, number}} مقالةً',
  articleCount_other: '{{count, number}} مقالة',
} as const;
