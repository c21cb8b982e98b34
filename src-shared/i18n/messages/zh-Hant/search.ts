/** The `search` namespace in 繁體中文. */
export const search = {
  searchLibrary: '搜尋文庫',
  search: '搜尋',
  searchResults: '搜尋結果',
  preparing: '正在準備搜尋…',
  noResults: '沒有結果',
  results_other: '{{count, number}} 個結果',
  showingResultsFor: '正在顯示「<0/>」的結果',
  showingBest: '僅顯示最相關的 {{count, number}} 個。加入更多字詞可縮小搜尋範圍。',
} as const;
