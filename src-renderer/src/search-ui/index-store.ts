/** The stored search index (Dexie `searchIndex`, key 'index'): read at start, written after changes. */
import type { OffprintDatabase } from '../db/database';
import { INDEX_FORMAT_VERSION, TOKENIZER_VERSION } from '../search';
import { DOCUMENT_SHAPE_VERSION } from './library-documents';

const KEY = 'index';
/** What made the stored bytes: another format, tokenizer or document shape means rebuilding. */
export const STORED_INDEX_VERSION = `format ${INDEX_FORMAT_VERSION}, tokenizer ${TOKENIZER_VERSION}, documents ${DOCUMENT_SHAPE_VERSION}`;

/** The stored index's bytes, or null when there are none or they are of another version. */
export async function loadStoredBytes(db: OffprintDatabase): Promise<Uint8Array | null> {
  const record = await db.searchIndex.get(KEY);
  return record && record.version === STORED_INDEX_VERSION ? record.bytes : null;
}

/** What is stored beside the bytes. */
export function storedIndexRecord(now = new Date()): { key: string; version: string; savedAt: string } {
  return { key: KEY, version: STORED_INDEX_VERSION, savedAt: now.toISOString() };
}

export async function saveIndexBytes(db: OffprintDatabase, bytes: Uint8Array, now = new Date()): Promise<void> {
  await db.searchIndex.put({ key: KEY, bytes, version: STORED_INDEX_VERSION, savedAt: now.toISOString() });
}

export async function forgetStoredIndex(db: OffprintDatabase): Promise<void> {
  await db.searchIndex.delete(KEY);
}
