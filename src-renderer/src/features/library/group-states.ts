/**
 * The reading states of the rows an action is for (a row, or the selection): a state counts as set when every
 * row has it, so that a toggle unsets it only when nothing would be left to set. Pure.
 */
import type { RowStates } from '../../../../src-shared/contract';
import type { LibraryEntry, ReadingFacts } from '../../data/library-entry';

export function groupStates(ids: Iterable<string>, byId: ReadonlyMap<string, LibraryEntry>, facts: ReadingFacts): RowStates {
  const states: RowStates = { read: true, favourite: true, archived: true };
  let any = false;
  for (const id of ids) {
    const entry = byId.get(id);
    if (!entry) continue;
    any = true;
    states.read &&= facts.read.has(id);
    states.favourite &&= entry.favouritedAt !== null;
    states.archived &&= entry.archivedAt !== null;
  }
  return any ? states : { read: false, favourite: false, archived: false };
}
