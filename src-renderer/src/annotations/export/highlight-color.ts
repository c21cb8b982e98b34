/** A stored colour name as the app shows it: one of HIGHLIGHT_COLORS, anything else (a foreign bundle's) yellow. */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../db/database';

export function highlightColor(color: string): HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(color) ? (color as HighlightColor) : 'yellow';
}
