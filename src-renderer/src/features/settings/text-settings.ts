/**
 * The reader's text settings: theme, high contrast, font family, line height, column width, justification.
 * Pure: the choices, their defaults, validation of a stored value, and the CSS custom properties they set.
 */
export const THEMES = ['light', 'dark', 'sepia', 'system'] as const;
export const FONTS = ['serif', 'sans', 'mono'] as const;
export const LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide'] as const;

export type Theme = (typeof THEMES)[number];
export type FontChoice = (typeof FONTS)[number];
export type LineHeightChoice = (typeof LINE_HEIGHTS)[number];
export type ColumnWidthChoice = (typeof COLUMN_WIDTHS)[number];

export interface TextSettings {
  theme: Theme;
  highContrast: boolean;
  font: FontChoice;
  lineHeight: LineHeightChoice;
  columnWidth: ColumnWidthChoice;
  justify: boolean;
}

export const DEFAULT_TEXT_SETTINGS: TextSettings = {
  theme: 'system',
  highContrast: false,
  font: 'serif',
  lineHeight: 'normal',
  columnWidth: 'medium',
  justify: false,
};

/** The words of each choice: keys of the `settings` messages (the panel translates them). */
export const THEME_LABELS = { light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia', system: 'themeSystem' } as const satisfies Record<Theme, string>;
export const FONT_LABELS = { serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono' } as const satisfies Record<FontChoice, string>;
export const LINE_HEIGHT_LABELS = {
  compact: 'lineHeightCompact',
  normal: 'lineHeightNormal',
  loose: 'lineHeightLoose',
} as const satisfies Record<LineHeightChoice, string>;
export const COLUMN_WIDTH_LABELS = {
  narrow: 'columnNarrow',
  medium: 'columnMedium',
  wide: 'columnWide',
} as const satisfies Record<ColumnWidthChoice, string>;

/** Unitless line heights (relative to the zoomed font size) and column widths in em (so they follow the zoom). */
const LINE_HEIGHT_VALUES: Record<LineHeightChoice, string> = { compact: '1.4', normal: '1.6', loose: '1.9' };
const COLUMN_WIDTH_VALUES: Record<ColumnWidthChoice, string> = { narrow: '30em', medium: '36em', wide: '46em' };
const FONT_VALUES: Record<FontChoice, string> = {
  serif: 'var(--reading-font)',
  sans: 'var(--ui-font)',
  mono: 'var(--mono-font)',
};

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** A stored value made valid: anything missing or unknown takes its default. */
export function parseTextSettings(value: unknown): TextSettings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const d = DEFAULT_TEXT_SETTINGS;
  return {
    theme: oneOf(THEMES, raw['theme'], d.theme),
    highContrast: typeof raw['highContrast'] === 'boolean' ? raw['highContrast'] : d.highContrast,
    font: oneOf(FONTS, raw['font'], d.font),
    lineHeight: oneOf(LINE_HEIGHTS, raw['lineHeight'], d.lineHeight),
    columnWidth: oneOf(COLUMN_WIDTHS, raw['columnWidth'], d.columnWidth),
    justify: typeof raw['justify'] === 'boolean' ? raw['justify'] : d.justify,
  };
}

/** The custom properties set on the article; reader.css reads them. */
export function textStyleProperties(settings: TextSettings): Record<string, string> {
  return {
    '--reader-font': FONT_VALUES[settings.font],
    '--reader-line-height': LINE_HEIGHT_VALUES[settings.lineHeight],
    '--reader-measure': COLUMN_WIDTH_VALUES[settings.columnWidth],
    '--reader-align': settings.justify ? 'justify' : 'start',
    // Justified lines are hyphenated (in the article's language: its lang), ragged ones are not.
    '--reader-hyphens': settings.justify ? 'auto' : 'manual',
  };
}

/** Changes whenever the text's layout would (used to keep the reader's place). */
export function layoutKeyOf(settings: TextSettings): string {
  return [settings.font, settings.lineHeight, settings.columnWidth, settings.justify].join('/');
}
