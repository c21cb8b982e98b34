/**
 * Find in article: the query, its matches as DOM ranges over the article's text, and the current one, painted
 * with CSS highlights and scrolled into view while the bar is open. Matches are found when the query changes,
 * when the bar opens, and again whenever the article's text changes (a body loading).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { findMatches, stepIndex } from './find-matches';
import { clearMatches, paintMatches, scrollRangeIntoView } from './find-highlights';
import { indexText, matchRange } from './text-pieces';
import { placeRangeSettled } from '../../../ui/settled-scroll';

export interface FindState {
  query: string;
  setQuery: (query: string) => void;
  /** Finds the current query again (the bar opening). */
  refresh: () => void;
  count: number;
  current: number;
  step: (direction: 1 | -1) => void;
}

interface Found {
  ranges: Range[];
  current: number;
  /** Bumped by every step, so that stepping onto the same match (the only one) brings it back into view. */
  steps: number;
}

/** The first range that ends below `top` (ranges in document order), else the first one. */
function firstBelow(ranges: readonly Range[], top: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid]?.getBoundingClientRect().bottom ?? 0) <= top) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length ? lo : 0;
}

function rangesFor(roots: Element[], query: string): Range[] {
  if (query.trim() === '') return [];
  const index = indexText(roots);
  return findMatches(index.text, query)
    .map((match) => matchRange(index, match))
    .filter((range): range is Range => range !== null);
}

export function useFind(active: boolean, getRoots: () => Element[], getTopInset: () => number): FindState {
  const [query, setQueryState] = useState('');
  const [found, setFound] = useState<Found>({ ranges: [], current: -1, steps: 0 });
  const queryRef = useRef(query);

  /** Finds `q`; the current match is the first one in view, or stays where it was when the text changed. */
  const search = useCallback(
    (q: string, keepCurrent: boolean) => {
      const ranges = rangesFor(getRoots(), q);
      setFound((f) => ({
        ranges,
        current: ranges.length === 0 ? -1 : keepCurrent && f.current >= 0 ? Math.min(f.current, ranges.length - 1) : firstBelow(ranges, getTopInset()),
        steps: f.steps,
      }));
    },
    [getRoots, getTopInset],
  );

  const setQuery = useCallback(
    (q: string) => {
      queryRef.current = q;
      setQueryState(q);
      search(q, false);
    },
    [search],
  );
  const refresh = useCallback(() => search(queryRef.current, false), [search]);

  useEffect(() => {
    if (!active) return undefined;
    const observer = new MutationObserver(() => search(queryRef.current, true));
    for (const root of getRoots()) observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [active, getRoots, search]);

  useEffect(() => {
    if (!active) return undefined;
    const currentRange = found.ranges[found.current] ?? null;
    paintMatches(found.ranges, currentRange);
    // Kept in view while the sections of a long body around it are laid out (ui/settled-scroll.ts).
    const stop = currentRange ? placeRangeSettled(currentRange, (range) => scrollRangeIntoView(range, getTopInset())) : undefined;
    return () => {
      stop?.();
      clearMatches();
    };
  }, [active, found, getTopInset]);

  const step = useCallback(
    (direction: 1 | -1) =>
      setFound((f) => ({ ...f, current: stepIndex(f.current, f.ranges.length, direction), steps: f.steps + 1 })),
    [],
  );
  return { query, setQuery, refresh, count: found.ranges.length, current: found.current, step };
}
