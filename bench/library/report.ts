/** The library benchmark's table for docs/performance.md (between the library markers), goals checked. Pure. */
import type { ScrollFrames } from './probes';

export interface LibraryResult {
  count: number;
  seedMs: number;
  firstRowsMs: number[];
  firstRows: number;
  completeMs: number[];
  scroll: ScrollFrames[];
  heapMb: number;
  domNodes: number;
  machine: string;
  /** The machine's load average (1 minute) before and after the run. */
  load: [number, number];
  date: string;
}

export const START = '<!-- library-bench:start -->';
export const END = '<!-- library-bench:end -->';

const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;

function verdict(value: number, goal: number, unit: string): string {
  return value <= goal ? 'met' : `**missed** by ${(value - goal).toFixed(unit === 'MB' ? 1 : 0)} ${unit}`;
}

export function renderLibraryReport(r: LibraryResult, command: string): string {
  const firstMedian = med(r.firstRowsMs);
  const firstWorst = Math.max(...r.firstRowsMs);
  const longest = Math.max(...r.scroll.map((s) => s.maxDelta));
  const p95 = med(r.scroll.map((s) => s.p95Delta));
  const dropped = r.scroll.reduce((n, s) => n + s.dropped, 0);
  const frames = r.scroll.reduce((n, s) => n + s.frames, 0);
  const loaf = Math.max(...r.scroll.map((s) => s.longestLoaf));
  const own = Math.max(...r.scroll.map((s) => s.longestOwnWork));
  const rowsInDom = Math.max(...r.scroll.map((s) => s.rowsInDom));
  return [
    START,
    `Measured ${r.date} with \`${command}\` on ${r.machine}, load average ${r.load[0].toFixed(1)} before and ${r.load[1].toFixed(1)} after; ${r.count.toLocaleString('en')} articles in the list.`,
    '',
    '| figure | result | goal | |',
    '| --- | --- | --- | --- |',
    `| navigation start → first ${r.firstRows} rows shown (median of ${r.firstRowsMs.length} opens; worst) | ${ms(firstMedian)} (worst ${ms(firstWorst)}) | ≤ 300 ms | ${verdict(firstMedian, 300, 'ms')} |`,
    `| navigation start → whole library in the list (filters and counts ready), median | ${ms(med(r.completeMs))} | — | |`,
    `| longest frame while scrolling (${frames} frames, requestAnimationFrame deltas) | ${longest.toFixed(1)} ms (p95 ${p95.toFixed(1)} ms; ${dropped} frames over 25 ms) | no frame over 16 ms | ${longest <= 16.7 * 1.05 ? 'met' : `**missed** by ${(longest - 16.7).toFixed(1)} ms`} |`,
    `| longest long-animation-frame entry while scrolling (over 50 ms only); of which the page's own work (scripts + rendering) | ${loaf ? ms(loaf) : 'none'}; ${ms(own)} | — | |`,
    `| JS heap of the window after GC, whole library loaded (CDP JSHeapUsedSize) | ${r.heapMb.toFixed(1)} MB | ≤ 200 MB | ${verdict(r.heapMb, 200, 'MB')} |`,
    `| rows in the page while scrolling; DOM nodes | ${rowsInDom}; ${r.domNodes.toLocaleString('en')} | — | |`,
    `| seeding (Dexie bulkPut, 5,000 a transaction) | ${ms(r.seedMs)} | — | |`,
    END,
  ].join('\n');
}

export function replaceBetweenMarkers(text: string, block: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return `${text.trimEnd()}\n\n${block}\n`;
  return text.slice(0, start) + block + text.slice(end + END.length);
}
