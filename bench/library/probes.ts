/**
 * What the library benchmark measures inside the page. Each function is sent to the page as it is (Playwright
 * serialises it), so it uses nothing from outside.
 */

export interface FirstRows {
  /** ms from navigation start to the frame after `rows` rows were first in the list (painted by then). */
  ms: number;
  rows: number;
  /** ms from navigation start until the whole library was loaded into the list (filters and counts ready). */
  completeMs: number | null;
}

/** An init script: watches every frame from the start of the page for the list's first rows. */
export function watchFirstRows(minRows: number): void {
  const w = window as unknown as { __benchFirstRows?: FirstRows };
  const rowsNow = () => document.querySelectorAll('ul[aria-label="Articles"] > li').length;
  const look = () => {
    const rows = rowsNow();
    if (rows >= minRows) {
      requestAnimationFrame(() => {
        w.__benchFirstRows = { ms: performance.now(), rows, completeMs: null };
        const complete = () => {
          if (document.querySelector('main[data-library="complete"]')) w.__benchFirstRows!.completeMs = performance.now();
          else requestAnimationFrame(complete);
        };
        complete();
      });
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

export interface ScrollFrames {
  frames: number;
  /** requestAnimationFrame deltas (ms). */
  maxDelta: number;
  p50Delta: number;
  p95Delta: number;
  p99Delta: number;
  /** Frames that took longer than one 60 Hz frame and a half (a frame dropped). */
  dropped: number;
  /** The longest long-animation-frame entry during the scroll (only frames over 50 ms are reported), 0 if none. */
  longestLoaf: number;
  longestTask: number;
  /**
   * The most the page itself worked in one long animation frame (its scripts, and rendering from renderStart):
   * the rest of a long frame is time the page was not given (a loaded machine).
   */
  longestOwnWork: number;
  /** Where the longest long animation frame went: script, style and layout, and its longest scripts. */
  longestLoafDetail: string;
  rowsInDom: number;
  scrolledPx: number;
}

/** Scrolls the window by `step` px every frame for `frames` frames, then jumps far twice; measures every frame. */
export async function scrollAndMeasure({ frames, step }: { frames: number; step: number }): Promise<ScrollFrames> {
  const loafs: number[] = [];
  let worst: { duration: number; detail: string } = { duration: 0, detail: '' };
  let ownWork = 0;
  const tasks: number[] = [];
  const observers: PerformanceObserver[] = [];
  for (const [type, into] of [
    ['long-animation-frame', loafs],
    ['longtask', tasks],
  ] as const) {
    try {
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          into.push(e.duration);
          const loaf = e as PerformanceEntry & {
            renderStart?: number;
            styleAndLayoutStart?: number;
            scripts?: { duration: number; invoker: string; sourceFunctionName: string; forcedStyleAndLayoutDuration: number }[];
          };
          const end = e.startTime + e.duration;
          if (type === 'long-animation-frame') {
            const scripted = (loaf.scripts ?? []).reduce((sum, sc) => sum + sc.duration, 0);
            ownWork = Math.max(ownWork, Math.min(e.duration, scripted + (end - (loaf.renderStart || end))));
          }
          if (type === 'long-animation-frame' && e.duration > worst.duration) {
            const scripts = (loaf.scripts ?? [])
              .sort((a, b) => b.duration - a.duration)
              .slice(0, 3)
              .map((sc) => `${sc.invoker}/${sc.sourceFunctionName} ${Math.round(sc.duration)} ms (forced layout ${Math.round(sc.forcedStyleAndLayoutDuration)})`);
            worst = {
              duration: e.duration,
              detail: `render ${Math.round(end - (loaf.renderStart ?? end))} ms, style+layout ${Math.round(end - (loaf.styleAndLayoutStart ?? end))} ms; ${scripts.join('; ')}`,
            };
          }
        }),
      );
      observer.observe({ type, buffered: false });
      observers.push(observer);
    } catch {
      // Not supported here: that figure stays 0.
    }
  }
  window.scrollTo(0, 0);
  const deltas: number[] = [];
  const start = window.scrollY;
  await new Promise<void>((resolve) => {
    let last = 0;
    let n = 0;
    const max = document.documentElement.scrollHeight - innerHeight;
    const frame = (t: number) => {
      if (last) deltas.push(t - last);
      last = t;
      n += 1;
      if (n > frames) return resolve();
      // Mostly steady scrolling; every 60 frames a jump of a screenful of screens (a scrollbar drag).
      const by = n % 60 === 0 ? innerHeight * 20 : step;
      window.scrollTo(0, Math.min(max, window.scrollY + by));
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  observers.forEach((o) => o.disconnect());
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    frames: deltas.length,
    maxDelta: sorted[sorted.length - 1] ?? 0,
    p50Delta: at(0.5),
    p95Delta: at(0.95),
    p99Delta: at(0.99),
    dropped: deltas.filter((d) => d > 1.5 * (1000 / 60)).length,
    longestLoaf: Math.max(0, ...loafs),
    longestTask: Math.max(0, ...tasks),
    longestLoafDetail: worst.detail,
    longestOwnWork: ownWork,
    rowsInDom: document.querySelectorAll('ul[aria-label="Articles"] > li').length,
    scrolledPx: window.scrollY - start,
  };
}
