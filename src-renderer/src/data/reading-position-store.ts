/**
 * Where each article was left, and whether it was read to the end: key/value rows in the settings table
 * (`reader.position.<id>`, `reader.read.<id>`), validated when read back.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { OffprintDatabase } from './database';
import { getSetting, setSetting } from './settings-repo';

export interface ReadingPosition {
  /** The text offset (over the body's text nodes) of the first character at the top; null above the text. */
  textOffset: number | null;
  /** How far down the page was scrolled (0 to 1): the fallback when the text changed. */
  fraction: number;
}

export const positionKey = (articleId: string): string => `reader.position.${articleId}`;
export const readKey = (articleId: string): string => `reader.read.${articleId}`;

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A stored position, or null when there is none (or it is not one). */
export function parsePosition(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { textOffset, fraction } = value as Record<string, unknown>;
  if (typeof fraction !== 'number' || !Number.isFinite(fraction)) return null;
  return { textOffset: isOffset(textOffset) ? textOffset : null, fraction: Math.min(1, Math.max(0, fraction)) };
}

export async function getReadingPosition(db: OffprintDatabase, articleId: string): Promise<ReadingPosition | null> {
  return parsePosition(await getSetting(db, positionKey(articleId)));
}

export async function setReadingPosition(db: OffprintDatabase, articleId: string, position: ReadingPosition): Promise<void> {
  await setSetting(db, positionKey(articleId), position);
}

/** Marks the article read (when it was first finished); a second call keeps the first date. */
export async function markRead(db: OffprintDatabase, articleId: string, at: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (typeof (await getSetting(db, readKey(articleId))) !== 'string') await setSetting(db, readKey(articleId), at.toISOString());
  });
}

/** When the article was first read to the end (ISO 8601), null if never, undefined while loading. */
export function useReadAt(db: OffprintDatabase, articleId: string): string | null | undefined {
  return useLiveQuery(async () => {
    const value = await getSetting(db, readKey(articleId));
    return typeof value === 'string' ? value : null;
  }, [db, articleId]);
}
