/**
 * The stored search index (Dexie `searchIndex`, key 'index'): read at start and written after changes by the
 * index's engine in its own thread (workers/search-index/idb-index-bytes.ts; in this thread, engine/local-engine.ts).
 */
import type { OffprintDatabase } from '../database';
import { INDEX_FORMAT_VERSION, TOKENIZER_VERSION } from '../../../../src-shared/search';
import { DOCUMENT_SHAPE_VERSION } from './library-documents';

export const STORED_INDEX_KEY = 'index';
/** What made the stored bytes: another format, tokenizer or document shape means rebuilding. */
export const STORED_INDEX_VERSION = `format ${INDEX_FORMAT_VERSION}, tokenizer ${TOKENIZER_VERSION}, documents ${DOCUMENT_SHAPE_VERSION}`;

/** What is stored beside the bytes. */
export function storedIndexRecord(now = new Date()): { key: string; version: string; savedAt: string } {
  return { key: STORED_INDEX_KEY, version: STORED_INDEX_VERSION, savedAt: now.toISOString() };
}

export async function saveIndexBytes(db: OffprintDatabase, bytes: Uint8Array, now = new Date()): Promise<void> {
  await db.searchIndex.put({ key: STORED_INDEX_KEY, bytes, version: STORED_INDEX_VERSION, savedAt: now.toISOString() });
}

