/**
 * Does the index hold exactly the library's documents (and, when versions are given, the same versions)? The
 * lists say what differs, so a caller can repair a few documents (add the missing and stale ones, remove the
 * extra ones) or rebuild the whole index when much differs.
 */
import { docCount, type Segment } from './segment';

export interface ConsistencyReport {
  /** The index holds exactly the library's documents, at the library's versions. */
  consistent: boolean;
  /** In the library, not in the index. */
  missing: string[];
  /** In the index, not in the library. */
  extra: string[];
  /** In both, but the index holds another version. */
  stale: string[];
  /**
   * More than a twentieth of the library differs: rebuilding is then simpler and about as quick as repairing.
   * Otherwise repair: add `missing` and `stale`, remove `extra`.
   */
  needsRebuild: boolean;
}

export function checkConsistency(
  segments: readonly Segment[],
  library: Iterable<string> | ReadonlyMap<string, string | null>,
): ConsistencyReport {
  const indexed = new Map<string, string | null>();
  for (const seg of segments) {
    for (let doc = 0; doc < docCount(seg); doc++) {
      if (!seg.deleted[doc]) indexed.set(seg.docIds[doc] ?? '', seg.versions[doc] ?? null);
    }
  }
  const versions = library instanceof Map ? (library as ReadonlyMap<string, string | null>) : null;
  const ids = versions ? versions.keys() : (library as Iterable<string>);
  const missing: string[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  let libraryCount = 0;
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    libraryCount++;
    if (!indexed.has(id)) missing.push(id);
    else if (versions && (versions.get(id) ?? null) !== indexed.get(id)) stale.push(id);
  }
  const extra = [...indexed.keys()].filter((id) => !seen.has(id));
  const differing = missing.length + extra.length + stale.length;
  return {
    consistent: differing === 0,
    missing,
    extra,
    stale,
    needsRebuild: differing > Math.max(libraryCount, indexed.size) / 20,
  };
}
