/** 資料庫的側邊欄：各區段和項目，以及顯示或隱藏它的工具列按鈕。 */
export const sidebar = {
  navigation: '資料庫導覽',
  toggle: '側邊欄',
  library: '資料庫',
  all: '所有文章',
  unread: '未讀',
  favourites: '我的最愛',
  archive: '封存',
  notes: '筆記',
  importHistory: '匯入記錄',
  collections: '合集',
  noCollections: '尚無合集',
  tags: '標籤',
  noTags: '尚無標籤',
};
