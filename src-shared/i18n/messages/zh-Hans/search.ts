/** The `search` namespace in 简体中文. */
export const search = {
  searchLibrary: '搜索文库',
  search: '搜索',
  searchResults: '搜索结果',
  preparing: '正在准备搜索…',
  noResults: '无结果',
  results_other: '{{count, number}} 个结果',
  showingResultsFor: '正在显示“<0/>”的结果',
  showingBest: '仅显示最相关的 {{count, number}} 个。添加更多词语可缩小搜索范围。',
} as const;
