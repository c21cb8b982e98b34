/**
 * The small JSON file in the profile that says what last opened the library: schema, app, Electron and Chromium
 * versions, and how many articles it held then. Read before the renderer opens the database (an older Chromium
 * than last time must not open it), written after each successful open. Written to a temporary file and renamed.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryRecord } from '../../../src-shared/contract';

function isRecord(value: unknown): value is LibraryRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    Number.isInteger(r['schemaVersion']) &&
    typeof r['appVersion'] === 'string' &&
    typeof r['electronVersion'] === 'string' &&
    typeof r['chromiumVersion'] === 'string' &&
    Number.isInteger(r['articleCount']) &&
    typeof r['openedAt'] === 'string'
  );
}

/** The record, or null when there is none or it cannot be read (a damaged record is not trusted). */
export async function readLibraryRecord(file: string): Promise<LibraryRecord | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

export async function writeLibraryRecord(file: string, record: LibraryRecord): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID().slice(0, 8)}.partial`);
  await writeFile(temp, `${JSON.stringify(record, null, 2)}\n`, { flag: 'wx' });
  await rename(temp, file);
}
