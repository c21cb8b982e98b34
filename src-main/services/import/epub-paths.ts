/**
 * Paths inside an EPUB. Every reference in the package, the table of contents and the chapters is resolved against
 * the folder of the file that makes it, and must stay inside the book: a reference that leaves it (`../../x`), an
 * absolute path or another scheme resolves to nothing.
 */
import { relativeAssetPath } from './asset-source';

/** The folder of a path inside the zip (`OEBPS/text/a.xhtml` → `OEBPS/text`), '' at the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `OEBPS` + `../images/a%20b.png#x` → null (it leaves the book); `OEBPS/text` + `../images/a.png` → `OEBPS/images/a.png`. */
export function resolveInBook(folder: string, reference: string): string | null {
  const relative = relativeAssetPath(reference);
  if (relative === null) return null;
  const parts = folder === '' ? [] : folder.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.length > 0 ? parts.join('/') : null;
}

/** The fragment of a reference (`a.xhtml#ch2` → `ch2`), decoded, or null. */
export function fragmentOf(reference: string): string | null {
  const hash = reference.indexOf('#');
  if (hash < 0 || hash === reference.length - 1) return null;
  try {
    return decodeURIComponent(reference.slice(hash + 1));
  } catch {
    return reference.slice(hash + 1);
  }
}
