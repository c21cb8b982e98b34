/**
 * The search index behind an asynchronous interface, so that it can live in a Web Worker: building segments,
 * merging them and serialising the index take hundreds of milliseconds on a large library, which must never
 * block the window. `createIndexEngine` picks the worker where the platform has one, else runs in this thread.
 */
import type {
  ConsistencyReport,
  MoreLikeThisOptions,
  ParsedQuery,
  RelatedHit,
  SearchDocument,
  SearchOptions,
  SearchResult,
} from '..';

export interface IndexEngine {
  /** Starts from the index stored in this library database under this key; false when none of this version can be read (rebuild). */
  loadStored(dbName: string, key: string, version: string): Promise<boolean>;
  /** Starts empty. */
  reset(): Promise<void>;
  /** Compares the index with the library's ids and document versions (VersionList.encoded). */
  check(encodedVersions: string): Promise<ConsistencyReport>;
  /** Takes these ids out, then adds (or replaces) these documents. */
  apply(removeIds: readonly string[], docs: readonly SearchDocument[]): Promise<void>;
  search(query: string | ParsedQuery, options?: SearchOptions): Promise<SearchResult>;
  /** The articles most like this one ("more like this", see search/more-like-this.ts), best first. */
  related(doc: SearchDocument, options?: MoreLikeThisOptions): Promise<RelatedHit[]>;
  serialize(): Promise<Uint8Array>;
  /** Serialises and stores the index in the library database (`searchIndex` store), off the window's thread. */
  persist(dbName: string, record: StoredIndexRecord): Promise<void>;
  close(): void;
}

/** The operations, by name, as the worker receives them. */
export type EngineOperation = Exclude<keyof IndexEngine, 'close'>;

/** What is stored beside the index's bytes in the library's `searchIndex` store. */
export interface StoredIndexRecord {
  key: string;
  version: string;
  savedAt: string;
}

/** Reads and writes the serialised index in the library database, from whichever thread the engine runs in. */
export interface StoredIndexBytes {
  /** The stored bytes under `key` when they are of this version, else null. */
  read(dbName: string, key: string, version: string): Promise<Uint8Array | null>;
  write(dbName: string, bytes: Uint8Array, record: StoredIndexRecord): Promise<void>;
}
