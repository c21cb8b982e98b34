/** The stored search index (Dexie `searchIndex`, key 'index'): read at start, written after changes. */
import type { OffprintDatabase } from '../db/database';
import { INDEX_FORMAT_VERSION, IndexFormatError, InvertedIndex, TOKENIZER_VERSION } from '../search';
import { DOCUMENT_SHAPE_VERSION } from './library-documents';

const KEY = 'index';
/** What made the stored bytes: another format, tokenizer or document shape means rebuilding. */
export const STORED_INDEX_VERSION = `format ${INDEX_FORMAT_VERSION}, tokenizer ${TOKENIZER_VERSION}, documents ${DOCUMENT_SHAPE_VERSION}`;

/** The stored index, or null when there is none, it is of another version, or it cannot be read. */
export async function loadStoredIndex(db: OffprintDatabase): Promise<InvertedIndex | null> {
  const record = await db.searchIndex.get(KEY);
  if (!record || record.version !== STORED_INDEX_VERSION) return null;
  try {
    return InvertedIndex.deserialize(record.bytes);
  } catch (error) {
    if (error instanceof IndexFormatError || error instanceof RangeError) return null;
    throw error;
  }
}

export async function saveIndex(db: OffprintDatabase, index: InvertedIndex, now = new Date()): Promise<void> {
  const bytes = index.serialize();
  await db.searchIndex.put({ key: KEY, bytes, version: STORED_INDEX_VERSION, savedAt: now.toISOString() });
}

export async function forgetStoredIndex(db: OffprintDatabase): Promise<void> {
  await db.searchIndex.delete(KEY);
}
