/**
 * Files dropped without a path travel to main as bytes, in one IPC message per `import:start`. Each message is
 * capped by count and by bytes, so a drop of many large files is never one message of any size: the renderer
 * groups them under these caps, and main refuses a call over them. Pure.
 */
import { formatSize } from '../format/format';

/** At most this many files in one call. */
export const DROPPED_FILES_PER_CALL = 1_000;
/** At most this many bytes of files in one call (above the 50 MB limit of one file, so any importable file fits). */
export const DROPPED_BYTES_PER_CALL = 64 * 1024 * 1024;

export interface DroppedGroups<T> {
  /** In drop order, each within both caps. */
  groups: T[][];
  /** Files larger than a whole call: never read, reported instead. */
  tooLarge: T[];
}

export function groupDroppedFiles<T>(
  files: readonly T[],
  sizeOf: (file: T) => number,
  maxCount: number = DROPPED_FILES_PER_CALL,
  maxBytes: number = DROPPED_BYTES_PER_CALL,
): DroppedGroups<T> {
  const groups: T[][] = [];
  const tooLarge: T[] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const file of files) {
    const size = sizeOf(file);
    if (size > maxBytes) {
      tooLarge.push(file);
      continue;
    }
    if (group.length > 0 && (group.length >= maxCount || bytes + size > maxBytes)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(file);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return { groups, tooLarge };
}

export function droppedTooLargeReason(size: number): string {
  return `The file is too large to import by dropping it (${formatSize(size)}; at most ${formatSize(DROPPED_BYTES_PER_CALL)} without a path on disk).`;
}
