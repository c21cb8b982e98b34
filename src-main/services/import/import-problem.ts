/** What every importer reads, and the one error it may throw: a plain-language reason the reader can act on. */
import type { AssetSource } from './asset-source';

/** One file to import: its name (for titles and reports), where it came from, its bytes, and its neighbours. */
export interface ImportSource {
  name: string;
  /** The path shown in reports: an absolute path, or the dropped file's name. */
  path: string;
  bytes: Uint8Array;
  /** Reads images next to the file; a dropped file has none. */
  assets: AssetSource;
}

/** A file that cannot become an article, and why, in words for the reader (never a stack trace). */
export class ImportProblem extends Error {
  override readonly name = 'ImportProblem';
}

export const REASONS = {
  empty: 'The file is empty.',
  noText: 'The file has no readable text (only blank lines or page navigation).',
  binary: 'The file looks binary or damaged, not like text (it contains NUL bytes).',
  unknownCharset:
    'The file is not UTF-8 text, and its character set could not be recognised. Save it again as UTF-8 and import it once more.',
} as const;

export { formatSize } from '../../../src-shared/format/format';
