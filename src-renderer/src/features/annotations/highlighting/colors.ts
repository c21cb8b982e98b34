/** The messages that name the highlight colours (annotations namespace): the colour alone, and "Highlight <colour>". */
import type { HighlightColor } from '../../../data/database';

const NAME_KEYS = {
  yellow: 'colorYellow',
  green: 'colorGreen',
  blue: 'colorBlue',
  pink: 'colorPink',
  purple: 'colorPurple',
} as const satisfies Record<HighlightColor, string>;

const HIGHLIGHT_KEYS = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
  purple: 'highlightPurple',
} as const satisfies Record<HighlightColor, string>;

/** The key of the colour's name ("yellow"). */
export function colorNameKey(color: HighlightColor): (typeof NAME_KEYS)[HighlightColor] {
  return NAME_KEYS[color];
}

/** The key of "Highlight yellow" (one message per colour, so each language can word it its own way). */
export function highlightInKey(color: HighlightColor): (typeof HIGHLIGHT_KEYS)[HighlightColor] {
  return HIGHLIGHT_KEYS[color];
}
