/**
 * The `.webarchive` importer (Safari's "Web Archive"): a binary property list (binary-plist.ts) whose
 * `WebMainResource` holds the page (`WebResourceData`, its `WebResourceURL`, `WebResourceMIMEType` and
 * `WebResourceTextEncodingName`), and whose `WebSubresources` (and the subresources of `WebSubframeArchives`) hold
 * the files the page loaded. The page goes through the HTML importer, its images pointed at the subresources saved
 * with it (saved-resources.ts), so nothing is fetched; its address is given as a "saved from url" comment (the page's
 * own canonical address still wins).
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { parseBinaryPlist, type PlistDictionary, PlistProblem, type PlistValue } from './binary-plist';
import { importHtml } from './import-html';
import { ImportProblem, type ImportSource } from './import-problem';
import { decodeSavedText, htmlBytes, pointImagesAtResources, resourceAssets, type SavedResource, withSavedFromComment } from './saved-resources';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const MAX_FRAMES = 100;

function isDictionary(value: PlistValue | undefined): value is PlistDictionary {
  return value instanceof Map;
}

function text(resource: PlistDictionary, key: string): string | null {
  const value = resource.get(key);
  return typeof value === 'string' ? value : null;
}

function asResource(value: PlistValue | undefined): SavedResource | null {
  if (!isDictionary(value)) return null;
  const body = value.get('WebResourceData');
  return body instanceof Uint8Array ? { location: text(value, 'WebResourceURL'), body } : null;
}

/** The subresources of the archive and of its frames' archives, breadth first. */
function subresources(archive: PlistDictionary): SavedResource[] {
  const found: SavedResource[] = [];
  const queue = [archive];
  for (let taken = 0; taken < queue.length && taken <= MAX_FRAMES; taken += 1) {
    const current = queue[taken] as PlistDictionary;
    const list = current.get('WebSubresources');
    if (Array.isArray(list)) for (const item of list) {
      const resource = asResource(item);
      if (resource) found.push(resource);
    }
    const frames = current.get('WebSubframeArchives');
    if (Array.isArray(frames)) for (const frame of frames) if (isDictionary(frame)) queue.push(frame);
  }
  return found;
}

export async function importWebarchive(source: ImportSource): Promise<ParsedArticle> {
  let archive: PlistValue;
  try {
    archive = parseBinaryPlist(source.bytes);
  } catch (error) {
    if (error instanceof PlistProblem) throw error.damage === null ? new ImportProblem('notPlist') : new ImportProblem('plistDamaged', { detail: error.damage });
    throw error;
  }
  const main = isDictionary(archive) ? archive.get('WebMainResource') : undefined;
  const page = asResource(main);
  if (!isDictionary(archive) || !isDictionary(main) || !page || !HTML_TYPES.has((text(main, 'WebResourceMIMEType') ?? 'text/html').toLowerCase())) {
    throw new ImportProblem('webarchiveNoPage');
  }
  const html = decodeSavedText(page.body, text(main, 'WebResourceTextEncodingName'));
  const resources = subresources(archive);
  const pointed = withSavedFromComment(pointImagesAtResources(html, page.location, resources), page.location);
  return importHtml({ ...source, bytes: htmlBytes(pointed), assets: resourceAssets(resources, 'webarchive') });
}
