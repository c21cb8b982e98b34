/**
 * The limits that protect the user from a hostile or broken archive (docs/bundle-format.md, "Limits"). Every size
 * is checked against the sizes the zip declares BEFORE anything is inflated, and inflating stops at the declared
 * size, so an archive can never make Offprint hold more than `maxTotalBytes`.
 */
export interface ArchiveLimits {
  /** The archive file itself (it is read whole). */
  maxArchiveBytes: number;
  /** Entries (files and folders) in the archive's central directory. */
  maxEntries: number;
  /** Uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Uncompressed size of every entry read, added up. */
  maxTotalBytes: number;
  /** Largest uncompressed : compressed ratio accepted for an entry over `ratioAppliesAboveBytes`. */
  maxCompressionRatio: number;
  ratioAppliesAboveBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxArchiveBytes: 2048 * MB,
  maxEntries: 50_000,
  maxEntryBytes: 64 * MB,
  maxTotalBytes: 2048 * MB,
  maxCompressionRatio: 100,
  ratioAppliesAboveBytes: MB,
});

/**
 * What Offprint reads from its own backups and restores: the same sizes (an archive is read whole, so 2 GB stays
 * the most it can hold), but as many entries as a library of 100,000 articles makes with room to spare (article.json,
 * the body, notes and images: up to 10 per article). Ordinary imports keep the defaults: a zip from elsewhere with
 * hundreds of thousands of tiny entries is refused before its directory is read.
 */
export const BACKUP_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  ...DEFAULT_ARCHIVE_LIMITS,
  maxEntries: 1_000_000,
});

/** The defaults with some limits replaced (tests, the command line). */
export function archiveLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...overrides };
}
