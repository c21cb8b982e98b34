/**
 * The files an import covers: each given file, and every file in each given folder, recursively. Hidden files and
 * folders are skipped, as are a saved page's `NAME_files` folder (its images are read through the page), images
 * and styles lying beside articles (they are assets, not articles), and system clutter. Symbolic links are followed,
 * but every folder and file is taken once, by its real path, so a link back to a parent folder (a loop) ends the walk
 * there. A path that cannot be read, and a link that leads nowhere, become failures.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure } from '../../../src-shared/contract';
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

/** What the walk has found so far, and the real paths it has already taken (each folder and file once). */
interface Walk extends CollectedFiles {
  seen: Set<string>;
}

/** True the first time a real path is met; a path whose real path cannot be found counts as itself. */
async function firstVisit(full: string, walk: Walk): Promise<boolean> {
  const real = await realpath(full).catch(() => full);
  if (walk.seen.has(real)) return false;
  walk.seen.add(real);
  return true;
}

async function walkFolder(folder: string, depth: number, found: Walk): Promise<void> {
  if (!(await firstVisit(folder, found))) return;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.failures.push({ path: folder, reason: readErrorReason(error, 'folder') });
    return;
  }
  const pageFolders = savedPageFolders(entries);
  for (const entry of entries) {
    if (isHidden(entry.name) || CLUTTER.has(entry.name.toLowerCase())) continue;
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isFolder = (await stat(full)).isDirectory();
      } catch (error) {
        found.failures.push({ path: full, reason: readErrorReason(error) });
        continue;
      }
    }
    if (isFolder) {
      if (!pageFolders.has(entry.name.toLowerCase()) && depth < MAX_DEPTH) await walkFolder(full, depth + 1, found);
    } else if (!ASSET_EXTENSIONS.test(entry.name) && (await firstVisit(full, found))) {
      found.files.push(full);
    }
  }
}

export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const found: Walk = { files: [], failures: [], seen: new Set() };
  for (const given of paths) {
    const full = path.resolve(given);
    try {
      const info = await stat(full);
      if (info.isDirectory()) await walkFolder(full, 0, found);
      else if (await firstVisit(full, found)) found.files.push(full);
    } catch (error) {
      found.failures.push({ path: given, reason: readErrorReason(error) });
    }
  }
  return { files: found.files, failures: found.failures };
}
