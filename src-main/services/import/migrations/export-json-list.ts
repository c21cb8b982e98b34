/** A JSON file of an export that must hold a list (Omnivore's metadata, Pocket's annotations): its items, or why not. */
import type { ImportFailure } from '../../../../src-shared/contract';
import { parseJsonBytes } from '../../bundle/json-file';
import type { MigrationService } from './migration-entry';
import { exportFileNotJson, exportFileNotList } from './migration-failures';

/** The file's items, or null after adding the one failure that says why it cannot be read (not JSON, not a list). */
export function exportJsonList(bytes: Uint8Array, where: string, file: string, service: MigrationService, failures: ImportFailure[]): unknown[] | null {
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) failures.push(exportFileNotJson(where, file, service));
  else if (!Array.isArray(parsed.value)) failures.push(exportFileNotList(where, file, service));
  else return parsed.value as unknown[];
  return null;
}
