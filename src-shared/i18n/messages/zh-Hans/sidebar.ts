/** 资料库的侧边栏：各分区和条目，以及显示或隐藏它的工具栏按钮。 */
export const sidebar = {
  navigation: '资料库导航',
  toggle: '侧边栏',
  library: '资料库',
  all: '全部文章',
  unread: '未读',
  favourites: '收藏',
  archive: '归档',
  notes: '笔记',
  importHistory: '导入记录',
  collections: '合集',
  noCollections: '还没有合集',
  tags: '标签',
  noTags: '还没有标签',
};
