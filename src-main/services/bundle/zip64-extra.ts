/**
 * The ZIP64 extended information extra field of a central directory entry (APPNOTE.TXT 4.5.3): when a header's
 * size, compressed size or local header offset is 0xFFFFFFFF, its 64-bit value is in this field, in that order,
 * only for the fields that overflowed.
 */
import { ArchiveProblem } from './archive-problem';
import { readUint64 } from './zip-end-record';

export const ZIP64_EXTRA_ID = 0x0001;
export const OVERFLOW_32 = 0xffffffff;

export interface EntrySizes {
  size: number;
  compressedSize: number;
  localHeaderOffset: number;
}


/** Where the ZIP64 field's data starts in `data` (the extra area is [start, end)), or null. */
function findZip64Field(data: DataView, start: number, end: number): { at: number; length: number } | null {
  let at = start;
  while (at + 4 <= end) {
    const id = data.getUint16(at, true);
    const length = data.getUint16(at + 2, true);
    if (at + 4 + length > end) return null;
    if (id === ZIP64_EXTRA_ID) return { at: at + 4, length };
    at += 4 + length;
  }
  return null;
}

/** The sizes with every overflowed field replaced by its 64-bit value from the extra area [start, end). */
export function withZip64Sizes(sizes: EntrySizes, data: DataView, start: number, end: number): EntrySizes {
  const overflowed = (['size', 'compressedSize', 'localHeaderOffset'] as const).filter((key) => sizes[key] === OVERFLOW_32);
  if (overflowed.length === 0) return sizes;
  const field = findZip64Field(data, start, end);
  if (!field || field.length < overflowed.length * 8) throw new ArchiveProblem('archiveZip64FieldMissing');
  const result = { ...sizes };
  overflowed.forEach((key, index) => (result[key] = readUint64(data, field.at + index * 8)));
  return result;
}
