/**
 * One page of a web archive as a unit of import work: plain data (where its record and its images' records lie in
 * the archive, by byte), so that a worker thread reads just those records again and nothing else of the archive.
 */
import type { IndexedPage, RecordPlace, WarcIndex } from './warc-index';

export interface WarcImagePlace extends RecordPlace {
  url: string;
}

export interface WarcPageUnit {
  kind: 'warc-page';
  /** The report path of the archive (`/home/ann/crawl.warc.gz`, `/home/ann/site.wacz`). */
  archiveName: string;
  /** The file the records are read from. */
  filePath: string;
  /** The WARC file inside a WACZ (`archive/data.warc.gz`), '' for a WARC file. */
  member: string;
  /** WARC-Target-URI: the page's address. */
  uri: string;
  page: RecordPlace;
  /** WARC-Date, the capture's date (ISO 8601), or null. */
  capturedAt: string | null;
  /** The title a WACZ's pages.jsonl gives the page, or null. */
  title: string | null;
  /** The page record's declared length. */
  size: number;
  /** The images the page may show that the archive holds. */
  images: WarcImagePlace[];
}

/** The units of the pages indexed, each with the images of the archive its HTML names. */
export function warcPageUnits(
  index: WarcIndex,
  archive: { archiveName: string; filePath: string },
  titles: ReadonlyMap<string, string | null> = new Map(),
): WarcPageUnit[] {
  return index.pages.map((page: IndexedPage) => ({
    kind: 'warc-page',
    archiveName: archive.archiveName,
    filePath: archive.filePath,
    member: page.member,
    uri: page.uri,
    page: page.place,
    capturedAt: page.capturedAt,
    title: titles.get(page.uri) ?? null,
    size: page.size,
    images: page.imageUrls.flatMap((url) => {
      const place = index.images.get(url);
      return place ? [{ url, ...place }] : [];
    }),
  }));
}
