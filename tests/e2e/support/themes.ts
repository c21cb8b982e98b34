/** Every theme the reader offers, and setting one on the page as the Text settings do (use-theme.ts). */
import type { Page } from '@playwright/test';

export const THEMES = [
  { scheme: 'light', theme: null, contrast: false },
  { scheme: 'dark', theme: null, contrast: false },
  { scheme: 'light', theme: 'sepia', contrast: false },
  { scheme: 'light', theme: null, contrast: true },
  { scheme: 'dark', theme: null, contrast: true },
  { scheme: 'light', theme: 'sepia', contrast: true },
] as const;

export type Theme = (typeof THEMES)[number];

/** Sets the colour scheme, data-theme and data-contrast on <html>; returns the theme's name for messages. */
export async function applyTheme(page: Page, { scheme, theme, contrast }: Theme): Promise<string> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(({ theme, contrast }) => {
    const root = document.documentElement;
    if (theme) root.dataset['theme'] = theme;
    else delete root.dataset['theme'];
    if (contrast) root.dataset['contrast'] = 'high';
    else delete root.dataset['contrast'];
  }, { theme, contrast });
  return `${theme ?? scheme}${contrast ? ' high contrast' : ''}`;
}
