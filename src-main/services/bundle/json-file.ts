/** A JSON file of a bundle, read strictly: UTF-8 (a BOM is allowed), valid JSON, or a reason. */
import { reason } from '../import/reason';
import type { Validated } from './schema-validation';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The bytes as UTF-8 text, or null when they are not. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

export function parseJsonBytes(bytes: Uint8Array): Validated<unknown> {
  const text = utf8Text(bytes);
  if (text === null) return { ok: false, ...reason('notUtf8') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 160) : '';
    return { ok: false, ...(detail ? reason('notJsonDetail', { detail }) : reason('notJson')) };
  }
}
