/**
 * The bounds of every download of article text (the only way Offprint reaches the web): how long a page may take,
 * how large it may be, how many times it may send Offprint on, and how many pages are fetched at once.
 */
export interface DownloadLimits {
  /** The whole download (connection, redirects and body) must end within this many ms. */
  timeoutMs: number;
  /** The body is read as a stream and abandoned as soon as it passes this many bytes (after decompression). */
  maxBytes: number;
  /** At most this many redirects, each one's target checked again. */
  maxRedirects: number;
  /**
   * Whether a download may go to this computer or its local network (local-network.ts). Never in the app: only the
   * tests, whose pages are served on 127.0.0.1.
   */
  localNetwork: boolean;
}

export const DOWNLOAD_LIMITS: DownloadLimits = { timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 10, localNetwork: false };

/** How many pages are downloaded at once, across every job. */
export const DOWNLOADS_AT_ONCE = 3;

/** How many entries one call may ask for (a library's link-only entries, in parts of this size). */
export const MAX_LINKS_PER_CALL = 10_000;
