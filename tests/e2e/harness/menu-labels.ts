/** The menu bar's labels as a person reads them: without the access-key mark (`&File`, `文件(&F)`). */
export const MENU_BAR_KEYS = ['file', 'edit', 'view', 'window', 'help'] as const;

export function withoutAccessKey(label: string): string {
  return label.replace(/\(&\w\)/, '').replace(/&(?=\S)/, '');
}
