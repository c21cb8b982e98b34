/**
 * What the page last said about a right-click (`app:reportContextMenu`), kept until main's own `context-menu`
 * event takes it. Main cannot see the DOM, so only the page can say whether the selection lies in an article; main
 * believes it only for the right-click it describes: the report must be at the event's point (within a pixel or
 * two: the DOM's coordinates are CSS pixels, Electron's are rounded) and is used once. A report that is missing,
 * late or for another point means no highlight items, never wrong ones. Pure.
 */
import type { ContextMenuTarget } from '../../../src-shared/contract';

/** How far (in pixels, each way) the page's point may be from Electron's for the same right-click. */
export const POINT_TOLERANCE = 2;

export class ContextMenuReports {
  private last: ContextMenuTarget | null = null;

  report(target: ContextMenuTarget): void {
    this.last = target;
  }

  /** Whether an article's text is selected for the context menu at (x, y); the report is used up either way. */
  takeArticleSelection(x: number, y: number): boolean {
    const report = this.last;
    this.last = null;
    if (!report) return false;
    return report.articleSelection && Math.abs(report.x - x) <= POINT_TOLERANCE && Math.abs(report.y - y) <= POINT_TOLERANCE;
  }
}
