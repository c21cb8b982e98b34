/**
 * The units of a Download article text job (plain data, like every import unit): first a link-only entry's
 * address to fetch (fetched in main by the downloading runner), then the page it gave, parsed like an imported
 * page wherever units run (a worker thread).
 */
import type { PageKind } from './page-kind';

/** A link-only entry of the library: its id (the renderer's) and the address stored for it. */
export interface DownloadLinkUnit {
  kind: 'download-link';
  articleId: string;
  url: string;
}

/** The page downloaded for that entry, to parse. */
export interface DownloadedPageUnit {
  kind: 'downloaded-page';
  articleId: string;
  /** The entry's address (it keeps it), and where the page was finally read from. */
  url: string;
  finalUrl: string;
  pageKind: PageKind;
  bytes: Uint8Array;
}
