/**
 * In the page: one zoom step, timed from the click on Zoom In / Zoom Out to the second animation frame after the
 * level shown changed (the frame that paints the reflowed text). The long animation frames are read afterwards
 * (`longFramesInPage`), from the page's buffer, and matched to the steps by time.
 */
export interface ZoomStep {
  startMs: number;
  ms: number;
  level: string;
}

export function zoomStepInPage(buttonName: string): Promise<ZoomStep> {
  return new Promise((resolve, reject) => {
    const button = document.querySelector<HTMLButtonElement>(`.zoom-toolbar button[aria-label="${buttonName}"]`);
    const level = document.querySelector('.zoom-level');
    if (!button || !level) {
      reject(new Error('no zoom toolbar'));
      return;
    }
    const before = level.textContent;
    const start = performance.now();
    const watch = new MutationObserver(() => {
      if (level.textContent === before) return;
      watch.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ startMs: start, ms: performance.now() - start, level: level.textContent ?? '' })),
      );
    });
    watch.observe(level, { childList: true, characterData: true, subtree: true });
    button.click();
  });
}

/** The long animation frames (over 50 ms) the page has buffered: start and duration, ms. */
export function longFramesInPage(): Promise<{ start: number; duration: number }[]> {
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().map((entry) => ({ start: entry.startTime, duration: entry.duration })));
    });
    try {
      observer.observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      resolve([]);
      return;
    }
    // With nothing buffered the callback never comes: an empty list after the next frame.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
  });
}
