/**
 * Reads entries of one archive within its limits, and names every entry that cannot be read in the failures, as
 * `Archive.zip › path/in/archive` with the reason. Entries are inflated one at a time, on demand, each at most once.
 */
import type { ImportFailure } from '../../../src-shared/contract';
import type { FailureReason } from '../import/reason';
import type { ArchiveLimits } from './archive-limits';
import { ArchiveProblem, insideArchive } from './archive-problem';
import { entryLimitReason, extractEntry } from './extract-entry';
import type { ZipEntry } from './zip-directory';

export class EntryReader {
  readonly failures: ImportFailure[] = [];
  private readonly cache = new Map<string, Uint8Array | null>();

  constructor(
    private readonly bytes: Uint8Array,
    readonly archiveName: string,
    private readonly limits: ArchiveLimits,
  ) {}

  /** The report path of an entry. */
  where(entryPath: string): string {
    return insideArchive(this.archiveName, entryPath);
  }

  fail(entryPath: string, why: FailureReason): void {
    this.failures.push({ path: this.where(entryPath), ...why });
  }

  /** The entry's bytes, or null after recording why it cannot be read. */
  read(entryPath: string, entry: ZipEntry): Uint8Array | null {
    const cached = this.cache.get(entryPath);
    if (cached !== undefined) return cached;
    let result: Uint8Array | null = null;
    const refused = entryLimitReason(entry, this.limits);
    if (refused) {
      this.fail(entryPath, refused);
    } else {
      try {
        result = extractEntry(this.bytes, entry);
      } catch (error) {
        if (!(error instanceof ArchiveProblem)) throw error;
        this.fail(entryPath, error.failure);
      }
    }
    this.cache.set(entryPath, result);
    return result;
  }
}
