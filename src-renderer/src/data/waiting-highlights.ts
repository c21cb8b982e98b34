/**
 * The highlights that waited on a link-only entry (they came with only their words: Pocket's) put on the words
 * once its text arrives (Download article text): each quote found exactly once in the stored text gets its quote
 * and position selectors from the anchoring core; any other keeps waiting with its words, never placed on other
 * words. Highlights that already have a place are left alone. Runs inside the caller's transaction.
 */
import { describeRange, uniqueRange } from '../../../src-shared/anchoring';
import { highlightSelectors } from '../../../src-shared/anchoring/highlight-record';
import type { OffprintDatabase } from './database';

/** How many waiting highlights were placed. */
export async function placeWaitingHighlights(db: OffprintDatabase, articleId: string, text: string): Promise<number> {
  const highlights = await db.highlights.where('articleId').equals(articleId).toArray();
  let placed = 0;
  for (const highlight of highlights) {
    const { quote, position } = highlightSelectors(highlight);
    const exact = quote?.exact.trim() ?? '';
    if (position || exact === '') continue;
    const range = uniqueRange(text, exact);
    if (!range) continue;
    const described = describeRange(text, range.start, range.end);
    await db.highlights.update(highlight.id, { selectors: [described.quote, described.position] });
    placed += 1;
  }
  return placed;
}
