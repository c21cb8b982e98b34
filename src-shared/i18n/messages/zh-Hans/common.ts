/** The `common` namespace in 简体中文. */
export const common = {
  appName: 'Offprint',
  close: '关闭',
  cancel: '取消',
  ok: '确定',
  delete: '删除',
  save: '保存',
  undo: '撤销',
  language: '语言',
  languageSystem: '跟随系统（{{language}}）',
  couldNotOpenLibrary: 'Offprint 无法打开你的文库：{{reason}}',
  articleCount_other: '{{count, number}} 篇文章',
} as const;
