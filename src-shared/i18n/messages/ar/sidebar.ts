/** الشريط الجانبي للمكتبة: أقسامه وعناصره، وزر شريط الأدوات الذي يُظهره أو يخفيه. */
export const sidebar = {
  navigation: 'التنقل في المكتبة',
  toggle: 'الشريط الجانبي',
  library: 'المكتبة',
  all: 'كل المقالات',
  unread: 'غير مقروءة',
  favourites: 'المفضلة',
  archive: 'الأرشيف',
  notes: 'الملاحظات',
  importHistory: 'سجل الاستيراد',
  collections: 'المجموعات',
  noCollections: 'لا توجد مجموعات بعد',
  tags: 'الوسوم',
  noTags: 'لا توجد وسوم بعد',
};
