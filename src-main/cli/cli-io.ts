import path from 'node:path';

/** Where the bundle tool writes and which folder it runs in: the process's, or a test's. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths are resolved against this folder. */
  cwd: string;
}

/** Exit codes: 0 all well, 1 something in the input is wrong (each problem printed), 2 the command line is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function shownPath(io: CliIo, fullPath: string): string {
  const prefix = io.cwd.endsWith(path.sep) ? io.cwd : `${io.cwd}${path.sep}`;
  return fullPath.startsWith(prefix) ? fullPath.slice(prefix.length) : fullPath;
}
