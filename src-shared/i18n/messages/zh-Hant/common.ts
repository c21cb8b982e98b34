/** The `common` namespace in 繁體中文. */
export const common = {
  appName: 'Offprint',
  close: '關閉',
  cancel: '取消',
  ok: '確定',
  delete: '刪除',
  save: '儲存',
  undo: '復原',
  language: '語言',
  languageSystem: '跟隨系統（{{language}}）',
  couldNotOpenLibrary: 'Offprint 無法開啟你的文庫：{{reason}}',
  articleCount_other: '{{count, number}} 篇文章',
} as const;
