/**
 * What highlighting a selection does when it meets highlights already there (issue 14: never a second identical
 * highlight, never a stack): inside a highlight, that highlight is offered (the panel opens at it); overlapping
 * one, that highlight is extended to cover both; touching none, a new highlight. Offsets are the text map's.
 */
export interface PlacedSpan {
  id: string;
  start: number;
  end: number;
}

export type SelectionPlan =
  | { kind: 'new' }
  | { kind: 'existing'; id: string }
  | { kind: 'extend'; id: string; start: number; end: number };

export function planSelection(placed: readonly PlacedSpan[], range: { start: number; end: number }): SelectionPlan {
  const overlapping = placed.filter((h) => h.start < range.end && range.start < h.end);
  if (overlapping.length === 0) return { kind: 'new' };
  const containing = overlapping
    .filter((h) => h.start <= range.start && range.end <= h.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (containing) return { kind: 'existing', id: containing.id };
  const first = [...overlapping].sort((a, b) => a.start - b.start)[0]!;
  return { kind: 'extend', id: first.id, start: Math.min(first.start, range.start), end: Math.max(first.end, range.end) };
}
