/** The `search` namespace in 日本語. */
export const search = {
  searchLibrary: 'ライブラリを検索',
  search: '検索',
  searchResults: '検索結果',
  preparing: '検索を準備中…',
  noResults: '結果なし',
  results_other: '{{count, number}} 件の結果',
  showingResultsFor: '<0/> の検索結果を表示しています',
  showingBest: '上位 {{count, number}} 件を表示しています。語句を追加すると検索を絞り込めます。',
} as const;
