/** The article's font zoom: levels in percent, 50 % to 300 % in steps of 10, default 100 %. Pure. */
export const ZOOM_MIN = 50;
export const ZOOM_MAX = 300;
export const ZOOM_STEP = 10;
export const ZOOM_DEFAULT = 100;
/** The article text's font size at 100 %, in CSS pixels; all article typography is in em of this. */
export const BASE_FONT_SIZE_PX = 18;

export type ZoomCommand = 'zoom-in' | 'zoom-out' | 'zoom-reset';

/** A valid level: rounded to a step and kept within the bounds; anything not a number becomes the default. */
export function clampZoom(percent: number): number {
  if (!Number.isFinite(percent)) return ZOOM_DEFAULT;
  const stepped = Math.round(percent / ZOOM_STEP) * ZOOM_STEP;
  return Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, stepped));
}

export function nextZoom(percent: number): number {
  return clampZoom(clampZoom(percent) + ZOOM_STEP);
}

export function previousZoom(percent: number): number {
  return clampZoom(clampZoom(percent) - ZOOM_STEP);
}

export function applyZoomCommand(percent: number, command: ZoomCommand): number {
  if (command === 'zoom-in') return nextZoom(percent);
  if (command === 'zoom-out') return previousZoom(percent);
  return ZOOM_DEFAULT;
}

export function canZoomIn(percent: number): boolean {
  return clampZoom(percent) < ZOOM_MAX;
}

export function canZoomOut(percent: number): boolean {
  return clampZoom(percent) > ZOOM_MIN;
}

export function zoomFontSizePx(percent: number): number {
  return Math.round(BASE_FONT_SIZE_PX * clampZoom(percent)) / 100;
}

/** "120%", "120 %" (de, fr): the level as the locale writes a percentage. */
export function formatZoom(percent: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(clampZoom(percent) / 100);
}
