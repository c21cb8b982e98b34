/** ライブラリのサイドバー：セクションと項目、表示・非表示を切り替えるツールバーのボタン。 */
export const sidebar = {
  navigation: 'ライブラリのナビゲーション',
  toggle: 'サイドバー',
  library: 'ライブラリ',
  all: 'すべての記事',
  unread: '未読',
  favourites: 'お気に入り',
  archive: 'アーカイブ',
  notes: 'メモ',
  importHistory: '読み込み履歴',
  collections: 'コレクション',
  noCollections: 'コレクションはまだありません',
  tags: 'タグ',
  noTags: 'タグはまだありません',
};
