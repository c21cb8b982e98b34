/**
 * The files the system hands the app to open: on Windows and Linux as command-line arguments (at launch, or to
 * the running instance through `second-instance`), on macOS through `open-file`. Only importable files count;
 * the app's own arguments (flags, the entry script, the app folder) do not.
 */
import path from 'node:path';

const OPENABLE = new Set(['.offprint', '.zip', '.txt', '.md', '.markdown', '.html', '.htm']);

export function pathsToOpen(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!OPENABLE.has(path.extname(arg).toLowerCase())) continue;
    found.push(path.resolve(cwd, arg));
  }
  return [...new Set(found)];
}
