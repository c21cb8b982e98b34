/**
 * importZipMember(unit): one member of a plain zip through the same importers as a file on disk. Its relative
 * images resolve against the member's folder inside the zip, under the same rule as on disk: only files inside
 * that folder's tree (no `..` out of it), within the size limit.
 */
import { type AssetSource, DEFAULT_MAX_ASSET_BYTES, relativeAssetPath } from '../import/asset-source';
import { importBytes, type ImportLimits, type ImportOutcome } from '../import/import-file';
import { DEFAULT_MAX_FILE_BYTES } from '../import/import-sources';
import { insideArchive } from './archive-problem';
import type { ZipMemberUnit } from './archive-units';

function folderParts(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/** `a/b` + `../c/./d.png` → `a/c/d.png`, or null when the reference leaves `root`. */
function resolveInside(rootParts: readonly string[], relative: string): string | null {
  const parts = [...rootParts];
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length <= rootParts.length) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length > rootParts.length ? parts.join('/') : null;
}

/** Reads a zip member's images from the files that came with it. */
export function zipMemberAssets(member: ZipMemberUnit, maxBytes = DEFAULT_MAX_ASSET_BYTES): AssetSource {
  const root = folderParts(member.path);
  const byPath = new Map(member.neighbours.map((file) => [file.path, file.bytes]));
  return {
    async read(reference) {
      const relative = relativeAssetPath(reference);
      if (relative === null) return null;
      const target = resolveInside(root, relative);
      const bytes = target === null ? undefined : byPath.get(target);
      if (target === null || !bytes || bytes.length > maxBytes) return null;
      return { fileName: target.slice(target.lastIndexOf('/') + 1), key: `zip:${target}`, bytes };
    },
  };
}

export function importZipMember(
  member: ZipMemberUnit,
  limits: ImportLimits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES },
): Promise<ImportOutcome> {
  const name = member.path.slice(member.path.lastIndexOf('/') + 1);
  return importBytes(name, insideArchive(member.archiveName, member.path), member.bytes, zipMemberAssets(member), limits);
}
