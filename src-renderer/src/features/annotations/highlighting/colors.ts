/** The names the reader sees for the highlight colours. */
import type { HighlightColor } from '../../../data/database';

const LABELS: Record<HighlightColor, string> = {
  yellow: 'yellow',
  green: 'green',
  blue: 'blue',
  pink: 'pink',
  purple: 'purple',
};

export function colorLabel(color: HighlightColor): string {
  return LABELS[color];
}
