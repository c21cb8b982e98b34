/**
 * Why a web archive (WARC, WACZ), or one of its records, was not imported: each names the archive (the report
 * path), the WARC file inside a WACZ, and the record by its address and byte, as the `errors` messages say it.
 */
import type { ImportFailure } from '../../../src-shared/contract';
import { isolate } from '../../../src-shared/i18n/isolate';
import { insideArchive } from '../bundle/archive-problem';
import type { FailureReason } from './reason';

/** Where a record is, for reports: the archive, the WARC file in a WACZ, the record's address. */
export interface RecordWhere {
  archiveName: string;
  /** The WARC file inside a WACZ (`archive/data.warc.gz`), '' for a WARC file. */
  member: string;
}

/** The report path of a record (or of the archive's WARC file, without an address). */
export function warcEntryPath(where: RecordWhere, uri: string | null): string {
  const inside = [where.member, uri ?? ''].filter((part) => part !== '').join(' › ');
  return inside === '' ? where.archiveName : insideArchive(where.archiveName, inside);
}

/** How a reason names a record: its address (isolated, it may hold right-to-left text), else "the record". */
export function recordLabel(uri: string | null): string {
  return uri ? isolate(uri.slice(0, 300)) : '—';
}

export function warcFailure(where: RecordWhere, uri: string | null, why: FailureReason): ImportFailure {
  return { ...why, path: warcEntryPath(where, uri) };
}
