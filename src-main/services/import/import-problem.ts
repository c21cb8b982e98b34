/** What every importer reads, and the one error it may throw: a plain-language reason the reader can act on. */
import type { AssetSource } from './asset-source';
import { ReasonError } from './reason';

/** One file to import: its name (for titles and reports), where it came from, its bytes, and its neighbours. */
export interface ImportSource {
  name: string;
  /** The path shown in reports: an absolute path, or the dropped file's name. */
  path: string;
  bytes: Uint8Array;
  /** Reads images next to the file; a dropped file has none. */
  assets: AssetSource;
}

/**
 * A file that cannot become an article, and why (never a stack trace): the message is the English reason, and
 * `failure` its code and values, which the interface shows in its own language.
 */
export class ImportProblem extends ReasonError {
  override readonly name = 'ImportProblem';
}

export { formatSize } from '../../../src-shared/format/format';
