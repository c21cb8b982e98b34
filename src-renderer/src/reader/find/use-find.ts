/**
 * Find in article: the query, its matches as DOM ranges over the article's text, and the current one, painted
 * with CSS highlights and scrolled into view. The matches follow the text when it changes (a body loading).
 */
import { useCallback, useEffect, useState } from 'react';
import { findMatches, stepIndex } from './find-matches';
import { clearMatches, paintMatches, scrollRangeIntoView } from './find-highlights';
import { indexText, matchRange } from './text-pieces';

export interface FindState {
  query: string;
  setQuery: (query: string) => void;
  count: number;
  current: number;
  step: (direction: 1 | -1) => void;
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

export function useFind(active: boolean, getRoots: () => Element[], getTopInset: () => number): FindState {
  const [query, setQuery] = useState('');
  const [ranges, setRanges] = useState<Range[]>([]);
  const [current, setCurrent] = useState(-1);
  const [textVersion, setTextVersion] = useState(0);
  // Bumped by every step, so that stepping onto the same match (the only one) brings it back into view.
  const [steps, setSteps] = useState(0);

  // Any change of the article's text (its body arriving, another article) finds again.
  useEffect(() => {
    if (!active) return undefined;
    const observer = new MutationObserver(() => setTextVersion((v) => v + 1));
    for (const root of getRoots()) observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [active, getRoots]);

  useEffect(() => {
    if (!active || query.trim() === '') {
      setRanges([]);
      setCurrent(-1);
      return;
    }
    const index = indexText(getRoots());
    const found = findMatches(index.text, query)
      .map((match) => matchRange(index, match))
      .filter((range): range is Range => range !== null);
    setRanges(found);
    setCurrent(found.length > 0 ? firstBelow(found, getTopInset()) : -1);
  }, [active, query, textVersion, getRoots, getTopInset]);

  useEffect(() => {
    if (!active) return undefined;
    const currentRange = ranges[current] ?? null;
    paintMatches(ranges, currentRange);
    if (currentRange) scrollRangeIntoView(currentRange, getTopInset());
    return clearMatches;
  }, [active, ranges, current, steps, getTopInset]);

  const count = ranges.length;
  const step = useCallback(
    (direction: 1 | -1) => {
      setCurrent((c) => stepIndex(c, count, direction));
      setSteps((n) => n + 1);
    },
    [count],
  );
  return { query, setQuery, count, current, step };
}
