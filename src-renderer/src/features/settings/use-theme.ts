/**
 * Applies the theme to the whole page: `data-theme` (light, dark, sepia; none when following the system) and
 * `data-contrast="high"` on <html>, which base.css turns into its colour variables. Removed again on unmount.
 */
import { useEffect } from 'react';
import type { TextSettings } from './text-settings';

export function useTheme(settings: Pick<TextSettings, 'theme' | 'highContrast'> | undefined): void {
  const theme = settings?.theme;
  const highContrast = settings?.highContrast ?? false;
  useEffect(() => {
    const root = document.documentElement;
    if (theme && theme !== 'system') root.dataset['theme'] = theme;
    else delete root.dataset['theme'];
    if (highContrast) root.dataset['contrast'] = 'high';
    else delete root.dataset['contrast'];
    return () => {
      delete root.dataset['theme'];
      delete root.dataset['contrast'];
    };
  }, [theme, highContrast]);
}
