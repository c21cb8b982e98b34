/**
 * The library's article ids and document versions as one string ("id\tversion\n" per article), for the consistency
 * check in the index's worker: posting one string costs the window a copy, where a Map of 100,000 entries costs a
 * structured clone of 200,000 strings (about 70 ms at 100,000 articles, a frame dropped while scrolling). Ids are
 * UUIDs and versions never hold a tab or a newline (see library-documents.ts).
 */
export interface VersionList {
  ids: string[];
  /** "id\tversion\n" per article. */
  encoded: string;
}

export class VersionListBuilder {
  private readonly ids: string[] = [];
  private readonly chunks: string[] = [];

  /** Adds a page of articles (one string per page, so no single join covers the whole library). */
  addPage(entries: readonly (readonly [id: string, version: string])[]): void {
    let chunk = '';
    for (const [id, version] of entries) {
      this.ids.push(id);
      chunk += `${id}\t${version}\n`;
    }
    this.chunks.push(chunk);
  }

  build(): VersionList {
    return { ids: this.ids, encoded: this.chunks.join('') };
  }
}

export function decodeVersions(encoded: string): Map<string, string> {
  const versions = new Map<string, string>();
  let at = 0;
  while (at < encoded.length) {
    const tab = encoded.indexOf('\t', at);
    const end = encoded.indexOf('\n', tab);
    if (tab === -1 || end === -1) throw new Error('The library version list is damaged.');
    versions.set(encoded.slice(at, tab), encoded.slice(tab + 1, end));
    at = end + 1;
  }
  return versions;
}
