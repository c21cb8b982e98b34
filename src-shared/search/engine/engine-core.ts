/** The index operations themselves, synchronous: run by the worker, or in this thread where there is no worker. */
import {
  IndexFormatError,
  InvertedIndex,
  type ConsistencyReport,
  type MoreLikeThisOptions,
  type ParsedQuery,
  type RelatedHit,
  type SearchDocument,
  type SearchOptions,
  type SearchResult,
} from '..';
import type { StoredIndexBytes, StoredIndexRecord } from './index-engine';
import { decodeVersions } from './version-list';

/** Turn added documents into a segment this often (the core's default, 2,000, makes one very long task). */
const SEGMENT_DOCS = 200;

export class EngineCore {
  private index = new InvertedIndex();
  private unflushed = 0;

  /** `stored` reads and writes the serialised index in the library database, in the thread this core runs in. */
  constructor(private readonly stored: StoredIndexBytes) {}

  load(bytes: Uint8Array | null): boolean {
    this.unflushed = 0;
    if (!bytes) {
      this.index = new InvertedIndex();
      return true;
    }
    try {
      this.index = InvertedIndex.deserialize(bytes);
      return true;
    } catch (error) {
      if (error instanceof IndexFormatError || error instanceof RangeError) {
        this.index = new InvertedIndex();
        return false;
      }
      throw error;
    }
  }

  /** Loads the index stored in the library database (read in this thread); false when none of this version is usable. */
  async loadStored(dbName: string, key: string, version: string): Promise<boolean> {
    const bytes = await this.stored.read(dbName, key, version);
    return bytes !== null && this.load(bytes);
  }

  reset(): void {
    this.load(null);
  }

  /** Checks the index against the library's ids and versions (VersionList.encoded). */
  check(encodedVersions: string): ConsistencyReport {
    return this.index.consistencyCheck(decodeVersions(encodedVersions));
  }

  apply(removeIds: readonly string[], docs: readonly SearchDocument[]): void {
    for (const id of removeIds) this.index.remove(id);
    for (const doc of docs) {
      this.index.add(doc);
      if (++this.unflushed >= SEGMENT_DOCS) {
        this.index.flush();
        this.unflushed = 0;
      }
    }
  }

  search(query: string | ParsedQuery, options?: SearchOptions): SearchResult {
    return this.index.search(query, options);
  }

  related(doc: SearchDocument, options?: MoreLikeThisOptions): RelatedHit[] {
    return this.index.moreLikeThis(doc, options);
  }

  serialize(): Uint8Array {
    return this.index.serialize();
  }

  /** Serialises the index and stores it in the library database, all in this thread. */
  persist(dbName: string, record: StoredIndexRecord): Promise<void> {
    return this.stored.write(dbName, this.index.serialize(), record);
  }
}
