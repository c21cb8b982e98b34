/** The `common` namespace in 日本語. */
export const common = {
  appName: 'Offprint',
  close: '閉じる',
  cancel: 'キャンセル',
  ok: 'OK',
  delete: '削除',
  save: '保存',
  undo: '取り消す',
  language: '言語',
  languageSystem: 'システム設定（{{language}}）',
  couldNotOpenLibrary: 'ライブラリを開けませんでした：{{reason}}',
  articleCount_other: '{{count, number}} 件の記事',
} as const;
