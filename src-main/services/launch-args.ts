/**
 * The files the system hands the app to open: on Windows and Linux as command-line arguments (at launch, or to
 * the running instance through `second-instance`), on macOS through `open-file`. Linux launchers built from the
 * generated .desktop file (`Exec … %U`) pass `file://` URIs rather than paths: those count too, decoded once.
 * Only importable files count; the app's own arguments (flags, the entry script, the app folder) and other URIs
 * do not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENABLE_EXTENSIONS } from './import/importers';

const OPENABLE = new Set(OPENABLE_EXTENSIONS);

/** A path from a `file:` URI (file:///home/…, file://localhost/…); null for another URI or a malformed one. */
function pathOfFileUri(arg: string, platform: NodeJS.Platform): string | null {
  if (!/^file:/i.test(arg)) return null;
  try {
    return fileURLToPath(arg, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}

export function pathsToOpen(argv: readonly string[], cwd: string, platform: NodeJS.Platform = process.platform): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const fromUri = pathOfFileUri(arg, platform);
    // Any other scheme (https:, offprint:) is not a file; a Windows drive path (C:\…) is not a URI.
    if (fromUri === null && /^[a-z][a-z0-9+.-]+:/i.test(arg)) continue;
    const candidate = fromUri ?? arg;
    if (!OPENABLE.has(path.extname(candidate).toLowerCase())) continue;
    found.push(path.resolve(cwd, candidate));
  }
  return [...new Set(found)];
}
