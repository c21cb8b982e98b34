/**
 * The files an import covers: each given file, and every file in each given folder, recursively. Hidden files and
 * folders are skipped, as are a saved page's `NAME_files` folder (its images are read through the page), images
 * and styles lying beside articles (they are assets, not articles), and system clutter. Symbolic links to folders
 * are not followed (no loops). A path that cannot be read becomes a failure.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure } from '../../contract';
import { readErrorReason } from './failure-reasons';

export interface CollectedFiles {
  files: string[];
  failures: ImportFailure[];
}

/** Suffixes browsers give the folder of a "web page, complete" save (`Page.html` + `Page_files/`). */
const SAVED_PAGE_FOLDER_SUFFIXES = ['_files', '-files', '.files', '-Dateien', '_fichiers', '_archivos', '_arquivos', '_bestanden', '_file'];
const ASSET_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|tiff?|css|js|woff2?|ttf|otf|eot|map)$/i;
const CLUTTER = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);
const MAX_DEPTH = 64;

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Folder names that belong to a saved page in the same folder. */
function savedPageFolders(entries: Dirent[]): Set<string> {
  const folders = new Set<string>();
  for (const entry of entries) {
    const stem = /^(.*)\.html?$/i.exec(entry.name)?.[1];
    if (stem && !entry.isDirectory()) for (const suffix of SAVED_PAGE_FOLDER_SUFFIXES) folders.add(`${stem}${suffix}`.toLowerCase());
  }
  return folders;
}

async function walk(folder: string, depth: number, found: CollectedFiles): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.failures.push({ path: folder, reason: readErrorReason(error) });
    return;
  }
  const pageFolders = savedPageFolders(entries);
  for (const entry of entries) {
    if (isHidden(entry.name) || CLUTTER.has(entry.name.toLowerCase())) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (pageFolders.has(entry.name.toLowerCase())) continue;
      if (depth < MAX_DEPTH) await walk(full, depth + 1, found);
      continue;
    }
    if (ASSET_EXTENSIONS.test(entry.name)) continue;
    if (entry.isFile()) found.files.push(full);
    else if (entry.isSymbolicLink()) {
      const info = await stat(full).catch(() => null);
      if (info?.isFile()) found.files.push(full);
    }
  }
}

export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const found: CollectedFiles = { files: [], failures: [] };
  for (const given of paths) {
    const full = path.resolve(given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) await walk(full, 0, found);
      else found.files.push(full);
    } catch (error) {
      found.failures.push({ path: given, reason: readErrorReason(error) });
    }
  }
  found.files = [...new Set(found.files)];
  return found;
}
