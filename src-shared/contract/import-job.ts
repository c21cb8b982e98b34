/**
 * An import as a job that the renderer pulls chunk by chunk: main finds the files (expanding folders and
 * archives), parses them ahead in worker threads, and hands over complete articles a chunk at a time. The
 * renderer stores each chunk in one transaction and asks for the next, so a cancel between chunks leaves only
 * whole articles, and a slow database slows the parsing instead of filling memory.
 */
import type { ImportFailure, ParsedArticle } from './article';

/** A dropped file without a path on disk, sent as its bytes. */
export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Files or folders the person chose (in main's own open dialog, by dropping them on the window, or by opening them
 * with the app), held by main. The page gets only this handle: main never reads a path string the page names, so
 * a compromised page cannot make it read a file nobody chose. A grant is used once, by the import it starts.
 */
export interface PathGrant {
  grantId: string;
  /** What was chosen, by file or folder name only (for the import's label): never the full paths. */
  names: string[];
  /** 'folder' when the person chose folders in the dialog; else 'files' (a drop may hold folders too). */
  mode: 'files' | 'folder';
}

/** What a drop gave: a grant for the dropped files that have a path on disk, and the others by position. */
export interface DropGrant {
  grant: PathGrant | null;
  /** Indexes (in the dropped list) of the files without a path on disk: those are sent as bytes. */
  withoutPath: number[];
}

export type ImportSource =
  /** Files and folders the person chose (File → Import…, a drop with paths, a file opened with the app). */
  | { kind: 'grant'; grantId: string }
  /** Files handed over as bytes (a drop whose files have no path). */
  | { kind: 'files'; files: DroppedFile[] }
  /** The sample library shipped with the app (the first run). */
  | { kind: 'sample' };

/**
 * A link-only entry whose text to download: its id in the library and the address stored for it (the renderer owns
 * the library, so it says which; main downloads only http(s) addresses, only this one per entry).
 */
export interface LinkToDownload {
  id: string;
  url: string;
}

export interface ImportProgress {
  /** Articles (files, and articles inside bundles) found so far; grows while folders and archives are read. */
  found: number;
  /** Of those, how many were parsed, into an article or a failure. */
  processed: number;
  /** True once every source is found and every article parsed: `next` returns nothing more. */
  done: boolean;
  /**
   * The work found so far and the part of it handed over, in bytes (each file's size plus a fixed cost per file):
   * the time left is estimated from these. `listed` is true once every file is found (the total no longer grows).
   */
  bytesFound: number;
  bytesTaken: number;
  listed: boolean;
}

export interface ImportJobStarted {
  jobId: string;
  progress: ImportProgress;
}

export interface ImportChunk {
  articles: ParsedArticle[];
  failures: ImportFailure[];
  progress: ImportProgress;
}
