/**
 * Exporting a bundle: the renderer reads the library and streams its articles to main, which writes the
 * `.offprint` zip (docs/bundle-format.md). Nothing is left at the destination unless `finish` succeeds.
 */
export interface ExportRequest {
  /** The bundle's title (manifest.json). */
  title: string;
  /** A file name to suggest in the save dialog, e.g. `My library.offprint`. */
  suggestedName: string;
  /** About how many bytes the articles' bodies and images hold: main checks the free space against it first. */
  estimatedBytes?: number;
}

export interface ExportStarted {
  exportId: string;
  /** Where the bundle will be written. */
  path: string;
}

export interface ExportFinished {
  path: string;
  articleCount: number;
  bytes: number;
}
