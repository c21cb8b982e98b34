/** Test helper: a hand-made export sample of tests/fixtures/migrations, imported as the import job imports it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ExportImport, importExportBytes } from './run-export';

export const MIGRATION_SAMPLES = join(__dirname, '../../../../../fixtures/migrations');

export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(MIGRATION_SAMPLES, name)));
}

export function importSample(name: string): Promise<ExportImport> {
  return importExportBytes(sampleBytes(name), name);
}
