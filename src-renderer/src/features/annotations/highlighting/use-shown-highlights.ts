/**
 * The article's highlights as shown now: read live from the library, anchored on the body's text once it is in the
 * page, painted, and handed to the panel with their ranges (document order) and the orphans. The body element
 * tells tests where things are: data-highlights="ready" with data-highlights-placed / -orphaned counts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import type { HighlightColor, OffprintDatabase } from '../../../data/database';
import { listHighlights } from '../../../data/highlights-repo';
import { highlightColor } from '../../../../../src-shared/anchoring/highlight-record';
import { clearHighlights, paintHighlights } from './paint';
import { placeHighlights, type PlacedHighlight } from './place-highlights';
import { buildTextMap, type TextMap } from './text-map';
import type { HighlightRecord } from '../../../data/database';

export interface ShownHighlight extends PlacedHighlight {
  range: Range;
}

export interface ShownHighlights {
  /** The body's text and its map to the DOM, once the body is shown. */
  map: TextMap | null;
  placed: ShownHighlight[];
  orphans: HighlightRecord[];
}

const NONE: ShownHighlights & { byColor: Map<HighlightColor, Range[]> } = { map: null, placed: [], orphans: [], byColor: new Map() };

function placeOnBody(root: Element, highlights: readonly HighlightRecord[]): ShownHighlights & { byColor: Map<HighlightColor, Range[]> } {
  const map = buildTextMap(root);
  const { placed, orphans } = placeHighlights(map.text, highlights);
  const withRanges: ShownHighlight[] = [];
  const byColor = new Map<HighlightColor, Range[]>();
  for (const item of placed) {
    const range = map.toRange(item.start, item.end);
    if (!range) {
      orphans.push(item.highlight);
      continue;
    }
    withRanges.push({ ...item, range });
    const color = highlightColor(item.highlight.color);
    const list = byColor.get(color);
    if (list) list.push(range);
    else byColor.set(color, [range]);
  }
  return { map, placed: withRanges, orphans, byColor };
}

export function useShownHighlights(
  db: OffprintDatabase,
  articleId: string,
  getBody: () => Element | null,
  bodyReady: boolean,
): ShownHighlights {
  const highlights = useLiveQuery(() => listHighlights(db, articleId), [db, articleId]);
  // Read from the body's DOM, which is in the page once bodyReady is true (the body reports it after rendering).
  const shown = useMemo(() => {
    const root = getBody();
    return bodyReady && root && highlights !== undefined ? placeOnBody(root, highlights) : NONE;
  }, [bodyReady, getBody, highlights]);

  useEffect(() => {
    paintHighlights(shown.byColor);
    const root = getBody();
    if (shown.map && root instanceof HTMLElement) {
      root.dataset.highlightsPlaced = String(shown.placed.length);
      root.dataset.highlightsOrphaned = String(shown.orphans.length);
      root.dataset.highlights = 'ready';
    }
  }, [getBody, shown]);
  useEffect(() => clearHighlights, []);
  return shown;
}
