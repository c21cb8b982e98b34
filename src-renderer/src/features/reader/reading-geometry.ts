/** Measures of the reading view: progress through the body's text, the page's scroll fraction, images settling. */

/**
 * How far through the body the reader is, 0 to 1: the share of the body's text above the top of the reading area
 * (`anchor`, the text offset there: ui/text-anchor.ts, of `textLength`), so the same place reads the same at any
 * zoom, and a long body shown in sections, whose sections out of view have only estimated sizes, reads right
 * too. 0 while its start is at or below that top, 1 once its end is in view (so a body that fits in the window is
 * 1 at once). Measured against the scroll travel instead, a zoom step changed it at the same place (55 % → 43 % →
 * 39 %), since the window's height is not zoomed. Where no text is at the top (a tall image), the share of the
 * body's box.
 */
export function bodyProgress(body: Element, top: number, viewportHeight: number, anchor: number | null, textLength: number): number {
  const box = body.getBoundingClientRect();
  if (box.height === 0) return 0;
  if (box.bottom <= viewportHeight + 1) return 1;
  if (box.top >= top) return 0;
  const share = anchor !== null && textLength > 0 ? anchor / textLength : (top - box.top) / box.height;
  return Math.min(1, Math.max(0, share));
}

export function pageFraction(scrollY: number, maxScroll: number): number {
  return maxScroll <= 0 ? 0 : Math.min(1, Math.max(0, scrollY / maxScroll));
}

/** Resolves once every image in root has loaded or failed, or after maxMs at most. */
export function imagesSettled(root: Element, maxMs: number): Promise<void> {
  const pending = Array.from(root.querySelectorAll('img')).filter((img) => !img.complete);
  if (pending.length === 0) return Promise.resolve();
  const loads = pending.map(
    (img) =>
      new Promise<void>((resolve) => {
        img.addEventListener('load', () => resolve(), { once: true });
        img.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    void Promise.all(loads).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** "42%", "42 %" (de, fr): the progress as the locale writes a percentage, in whole percent. */
export function formatProgress(progress: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'percent' }).format(Math.round(progress * 100) / 100);
}
