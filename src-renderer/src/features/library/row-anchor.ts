/**
 * Where the list keeps the reader's place when articles arrive above it (an import adding the newest first, say):
 * the row that had the focus, or the first row in view, is found again in the longer list and the window scrolls
 * by the rows that came in above it, so what the reader was looking at stays where it was. Only a list that grew
 * keeps its anchor this way: a new order, a filter or a deletion starts from where the scroll already is. Pure.
 */
export function rowsArrivedAbove(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  anchorIndex: number,
): number {
  if (after.length <= before.length) return 0;
  const id = before[anchorIndex]?.id;
  if (id === undefined) return 0;
  if (after[anchorIndex]?.id === id) return 0;
  const now = after.findIndex((entry) => entry.id === id);
  return now > anchorIndex ? now - anchorIndex : 0;
}
