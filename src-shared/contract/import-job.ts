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

export type ImportSource =
  /** Files and folders on disk (File → Import…, a drop with paths, a file opened with the app). */
  | { kind: 'paths'; paths: string[] }
  /** Files handed over as bytes (a drop whose files have no path). */
  | { kind: 'files'; files: DroppedFile[] }
  /** The sample library shipped with the app (the first run). */
  | { kind: 'sample' };

export interface ImportProgress {
  /** Articles (files, and articles inside bundles) found so far; grows while folders and archives are read. */
  found: number;
  /** Of those, how many were parsed, into an article or a failure. */
  processed: number;
  /** True once every source is found and every article parsed: `next` returns nothing more. */
  done: boolean;
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
