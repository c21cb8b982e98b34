/**
 * library.json (docs/bundle-format.md): a whole library's collections, reading states and settings, beside its
 * articles. Optional: written in backups (and by any writer given a snapshot). A bundle whose library.json cannot
 * be read is still read, its articles whole, and the problem is reported. Its size is bounded by the archive's
 * entry limit (64 MB).
 */
import { withoutOk } from '../import/reason';
import type { LibrarySnapshot } from '../../../src-shared/contract';
import type { EntryReader } from './entry-reader';
import { parseJsonBytes } from './json-file';
import { validateAgainst, type Validated } from './schema-validation';
import type { ZipEntry } from './zip-directory';

export const LIBRARY_PATH = 'library.json';

export function checkLibraryBytes(bytes: Uint8Array): Validated<LibrarySnapshot> {
  const parsed = parseJsonBytes(bytes);
  return parsed.ok ? validateAgainst<LibrarySnapshot>('library', parsed.value) : parsed;
}

/** The bundle's library.json, or undefined when it has none or it cannot be read (then named in the failures). */
export function readLibraryJson(files: ReadonlyMap<string, ZipEntry>, reader: EntryReader): LibrarySnapshot | undefined {
  const entry = files.get(LIBRARY_PATH);
  if (!entry) return undefined;
  const bytes = reader.read(LIBRARY_PATH, entry);
  if (!bytes) return undefined;
  const checked = checkLibraryBytes(bytes);
  if (checked.ok) return checked.value;
  reader.fail(LIBRARY_PATH, withoutOk(checked));
  return undefined;
}

const encoder = new TextEncoder();

export function libraryJsonBytes(library: LibrarySnapshot): Uint8Array {
  return encoder.encode(`${JSON.stringify(library)}\n`);
}
