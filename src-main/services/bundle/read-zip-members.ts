/**
 * The members of a plain zip, to be imported file by file like a folder on disk: the same files a folder import
 * would take (hidden files, system clutter, images and styles lying beside articles, and the `NAME_files` folder of
 * a saved web page are skipped), each with the images of its folder tree that its text names, so that relative
 * images resolve inside the zip.
 */
import type { ArchiveLimits } from './archive-limits';
import { totalSizeReason } from './archive-entries';
import type { ArchiveContents, ArchiveFile, ZipMemberUnit } from './archive-units';
import type { EntryReader } from './entry-reader';
import type { ZipEntry } from './zip-directory';

/** Mirrors collect-files.ts, which does the same for folders on disk. */
const SAVED_PAGE_FOLDER_SUFFIXES = ['_files', '-files', '.files', '-Dateien', '_fichiers', '_archivos', '_arquivos', '_bestanden', '_file'];
const SKIPPED_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|svg|tiff?|css|js|woff2?|ttf|otf|eot|map)$/i;
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico|svg)$/i;
const CLUTTER = new Set(['thumbs.db', 'desktop.ini', 'icon\r']);

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function isSkipped(path: string): boolean {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? '';
  return parts.some((part) => part.startsWith('.') || part === '__MACOSX') || CLUTTER.has(name.toLowerCase());
}

/** Folders `X_files` (and the other suffixes) that belong to a saved page `X.html` beside them. */
function savedPageFolders(paths: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) {
    const stem = /^(.*)\.html?$/i.exec(path)?.[1];
    if (stem) for (const suffix of SAVED_PAGE_FOLDER_SUFFIXES) folders.add(`${stem}${suffix}`.toLowerCase());
  }
  return folders;
}

function insideSavedPageFolder(path: string, pageFolders: Set<string>): boolean {
  const parts = path.split('/');
  for (let end = 1; end < parts.length; end += 1) if (pageFolders.has(parts.slice(0, end).join('/').toLowerCase())) return true;
  return false;
}

/** Whether the member's text names this image (by file name, as written or URL-encoded). */
function mentions(text: string, imagePath: string): boolean {
  const name = baseName(imagePath);
  return text.includes(name) || text.includes(encodeURIComponent(name)) || text.includes(encodeURI(name));
}

export function readZipMembers(files: Map<string, ZipEntry>, reader: EntryReader, limits: ArchiveLimits): ArchiveContents {
  const paths = [...files.keys()].filter((path) => !isSkipped(path)).sort();
  const pageFolders = savedPageFolders(paths);
  const memberPaths = paths.filter((path) => !SKIPPED_EXTENSIONS.test(path) && !insideSavedPageFolder(path, pageFolders));
  const imagePaths = paths.filter((path) => IMAGE_EXTENSIONS.test(path));
  const entryOf = (path: string): ZipEntry => files.get(path) as ZipEntry;
  const tooLarge = totalSizeReason([...memberPaths, ...imagePaths].map(entryOf), limits);
  if (tooLarge) return { kind: 'unreadable', archiveName: reader.archiveName, failures: [{ path: reader.archiveName, ...tooLarge }] };

  const decoder = new TextDecoder('utf-8');
  const members: ZipMemberUnit[] = [];
  for (const path of memberPaths) {
    const bytes = reader.read(path, entryOf(path));
    if (!bytes) continue;
    const folder = folderOf(path);
    const text = decoder.decode(bytes);
    const neighbours: ArchiveFile[] = [];
    for (const imagePath of imagePaths) {
      if (folder !== '' && !imagePath.startsWith(`${folder}/`)) continue;
      if (!mentions(text, imagePath)) continue;
      const image = reader.read(imagePath, entryOf(imagePath));
      if (image) neighbours.push({ path: imagePath, bytes: image });
    }
    members.push({ kind: 'zip-member', archiveName: reader.archiveName, path, bytes, neighbours });
  }
  return { kind: 'zip', archiveName: reader.archiveName, members, failures: reader.failures };
}
