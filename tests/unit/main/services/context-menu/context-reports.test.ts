import { describe, expect, it } from 'vitest';
import { ContextMenuReports, POINT_TOLERANCE } from '../../../../../src-main/services/context-menu/context-reports';

describe('what the page reported about a right-click', () => {
  it('is believed for the right-click at its point, once', () => {
    const reports = new ContextMenuReports();
    reports.report({ x: 200, y: 310, articleSelection: true });
    expect(reports.takeArticleSelection(201, 309)).toBe(true);
    expect(reports.takeArticleSelection(201, 309)).toBe(false);
  });

  it('is not believed for a right-click elsewhere, and is used up by it', () => {
    const reports = new ContextMenuReports();
    reports.report({ x: 200, y: 310, articleSelection: true });
    expect(reports.takeArticleSelection(200 + POINT_TOLERANCE + 1, 310)).toBe(false);
    expect(reports.takeArticleSelection(200, 310)).toBe(false);
  });

  it('without a report, or with one that says no article text is selected, there are no highlight items', () => {
    const reports = new ContextMenuReports();
    expect(reports.takeArticleSelection(0, 0)).toBe(false);
    reports.report({ x: 5, y: 5, articleSelection: false });
    expect(reports.takeArticleSelection(5, 5)).toBe(false);
  });

  it('the latest report replaces an earlier one that no menu used', () => {
    const reports = new ContextMenuReports();
    reports.report({ x: 10, y: 10, articleSelection: true });
    reports.report({ x: 400, y: 90, articleSelection: false });
    expect(reports.takeArticleSelection(10, 10)).toBe(false);
  });
});
