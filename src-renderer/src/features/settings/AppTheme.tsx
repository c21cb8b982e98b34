/** Applies the reader's theme (Text settings) to the whole app, the library included. Renders nothing. */
import type { OffprintDatabase } from '../../data/database';
import { useTextSettings } from './text-settings-store';
import { useTheme } from './use-theme';

export function AppTheme({ db }: { db: OffprintDatabase }) {
  useTheme(useTextSettings(db));
  return null;
}
