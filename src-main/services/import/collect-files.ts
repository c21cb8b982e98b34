/**
 * The files an import covers: each given file, and every file in each given folder, recursively. Hidden files and
 * folders are skipped, as are a saved page's `NAME_files` folder (its images are read through the page), images
 * and styles lying beside articles (they are assets, not articles), and system clutter. Symbolic links are followed
 * only while they stay inside the chosen folder: the person chose that folder, not what a link in it points to, so a
 * link that leads out of it (`innocent.md` → `~/diary.md`) is skipped and reported. Every folder and file is taken
 * once, by its real path, so a link back to a parent folder (a loop) ends the walk there. A path that cannot be
 * read, and a link that leads nowhere, become failures.
 *
 * A walk has limits, so that a mistaken choice (a whole disk, a home folder) cannot run for hours or fill the
 * library with system files: a disk's root is refused outright, folders deeper than `maxDepth` are not entered, and
 * the walk stops after `maxFiles` files or `maxFolders` folders. Each limit that is reached is a failure in the
 * import's report, saying what was left out and what to do.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure } from '../../../src-shared/contract';
import { readErrorReason } from './failure-reasons';
import { type FailureReason, reason } from './reason';

export interface CollectedFiles {
  files: string[];
  failures: ImportFailure[];
}

/** Suffixes browsers give the folder of a "web page, complete" save (`Page.html` + `Page_files/`). */
const SAVED_PAGE_FOLDER_SUFFIXES = ['_files', '-files', '.files', '-Dateien', '_fichiers', '_archivos', '_arquivos', '_bestanden', '_file'];
const ASSET_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|tiff?|css|js|woff2?|ttf|otf|eot|map)$/i;
const CLUTTER = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);

export interface WalkLimits {
  /** Folders below this depth (the chosen folder is 0) are not entered. */
  maxDepth: number;
  /** The walk stops after this many files. */
  maxFiles: number;
  /** The walk stops after this many folders. */
  maxFolders: number;
}

export const WALK_LIMITS: WalkLimits = { maxDepth: 32, maxFiles: 100_000, maxFolders: 20_000 };


/** True when `target` is `folder` itself or lies under it (both real paths). */
function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

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
  /** The real path of the chosen folder being walked: links may lead anywhere under it, and nowhere else. */
  rootReal: string;
  limits: WalkLimits;
  folders: number;
  /** Set when the walk reached its file or folder limit: nothing more is taken. */
  stopped: boolean;
}

function stop(walk: Walk, root: string, why: FailureReason): void {
  walk.stopped = true;
  walk.failures.push({ path: root, ...why });
}

/** True the first time a real path is met; a path whose real path cannot be found counts as itself. */
async function firstVisit(full: string, walk: Walk): Promise<boolean> {
  const real = await realpath(full).catch(() => full);
  if (walk.seen.has(real)) return false;
  walk.seen.add(real);
  return true;
}

async function walkFolder(root: string, folder: string, depth: number, found: Walk): Promise<void> {
  if (found.stopped || !(await firstVisit(folder, found))) return;
  const { limits } = found;
  if (found.folders >= limits.maxFolders) {
    stop(found, root, reason('tooManyFolders', { limit: limits.maxFolders }));
    return;
  }
  found.folders += 1;
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    found.failures.push({ path: folder, ...readErrorReason(error, 'folder') });
    return;
  }
  const pageFolders = savedPageFolders(entries);
  for (const entry of entries) {
    if (found.stopped) return;
    if (isHidden(entry.name) || CLUTTER.has(entry.name.toLowerCase())) continue;
    const full = path.join(folder, entry.name);
    let isFolder = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        const target = await realpath(full);
        if (!isInside(found.rootReal, target)) {
          found.failures.push({ path: full, ...reason('linkOutside') });
          continue;
        }
        isFolder = (await stat(target)).isDirectory();
      } catch (error) {
        found.failures.push({ path: full, ...readErrorReason(error) });
        continue;
      }
    }
    if (isFolder) {
      if (pageFolders.has(entry.name.toLowerCase())) continue;
      if (depth < limits.maxDepth) await walkFolder(root, full, depth + 1, found);
      else found.failures.push({ path: full, ...reason('tooDeep', { limit: limits.maxDepth }) });
    } else if (!ASSET_EXTENSIONS.test(entry.name) && (await firstVisit(full, found))) {
      if (found.files.length >= limits.maxFiles) {
        stop(found, root, reason('tooManyFiles', { limit: limits.maxFiles }));
        return;
      }
      found.files.push(full);
    }
  }
}

export async function collectFiles(paths: readonly string[], limits: WalkLimits = WALK_LIMITS): Promise<CollectedFiles> {
  const found: Walk = { files: [], failures: [], seen: new Set(), rootReal: '', limits, folders: 0, stopped: false };
  for (const given of paths) {
    const full = path.resolve(given);
    found.stopped = false;
    try {
      const info = await stat(full);
      if (info.isDirectory() && path.parse(full).root === full) {
        found.failures.push({ path: given, ...reason('wholeDisk') });
      } else if (info.isDirectory()) {
        found.rootReal = await realpath(full);
        await walkFolder(full, full, 0, found);
      }
      else if (await firstVisit(full, found)) found.files.push(full);
    } catch (error) {
      found.failures.push({ path: given, ...readErrorReason(error) });
    }
  }
  return { files: found.files, failures: found.failures };
}
