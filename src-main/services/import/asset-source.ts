/**
 * Reading an article's images from disk. Only files inside the article's own folder tree may be read: a reference
 * that leaves it (`../`, an absolute path, a symbolic link pointing outside) is refused, as is anything too large.
 * Dropped files have no folder around them, so their source reads nothing.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export interface LoadedFile {
  /** The file's name, used to name the asset. */
  fileName: string;
  /** Identifies the file, so that two references to it make one asset. */
  key: string;
  bytes: Uint8Array;
}

export interface AssetSource {
  /** The file a relative reference (as written in the article) points to, or null when it cannot be read. */
  read(reference: string): Promise<LoadedFile | null>;
}

export const NO_ASSETS: AssetSource = { read: async () => null };

export const DEFAULT_MAX_ASSET_BYTES = 20 * 1024 * 1024;

/** The relative path a reference names (`images/a%20b.png?x#y` → `images/a b.png`), or null for anything else. */
export function relativeAssetPath(reference: string): string | null {
  const bare = reference.trim().replace(/[?#].*$/s, '');
  if (bare === '' || /^[a-z][a-z0-9+.-]*:/i.test(bare) || /^[/\\]/.test(bare)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    decoded = bare;
  }
  if (decoded.includes('\u0000')) return null;
  return decoded.replace(/\\/g, '/');
}

function inside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Reads images from the folder tree of the article at `articlePath`. */
export function folderAssets(articlePath: string, maxBytes = DEFAULT_MAX_ASSET_BYTES): AssetSource {
  const root = path.dirname(path.resolve(articlePath));
  return {
    async read(reference) {
      const relative = relativeAssetPath(reference);
      if (relative === null) return null;
      const target = path.resolve(root, relative);
      if (!inside(root, target)) return null;
      try {
        const [realRoot, realTarget] = await Promise.all([realpath(root), realpath(target)]);
        if (!inside(realRoot, realTarget)) return null;
        const info = await stat(realTarget);
        if (!info.isFile() || info.size > maxBytes) return null;
        const bytes = new Uint8Array(await readFile(realTarget));
        return { fileName: path.basename(realTarget), key: realTarget, bytes };
      } catch {
        return null;
      }
    },
  };
}
