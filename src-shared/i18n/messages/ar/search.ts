/** The `search` namespace in العربية. */
export const search = {
  searchLibrary: 'البحث في المكتبة',
  search: 'البحث',
  searchResults: 'نتائج البحث',
  preparing: 'جارٍ تجهيز البحث…',
  noResults: 'لا نتائج',
  results_zero: 'لا نتائج',
  results_one: 'نتيجة واحدة',
  results_two: 'نتيجتان',
  results_few: '{{count, number}} نتائج',
  results_many: '{{count, number}} نتيجةً',
  results_other: '{{count, number}} نتيجة',
  showingResultsFor: 'عرض نتائج <0/>',
  showingBest: 'تُعرض أفضل {{count, number}} نتيجة. أضف كلمات لتضييق البحث.',
} as const;
