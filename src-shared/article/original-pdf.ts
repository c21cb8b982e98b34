/**
 * The original PDF an article was reflowed from, kept as one more asset of the article: its name, its type, the
 * check that bytes are a PDF, and the largest original the library keeps. Pure; main (the importer, bundles, the
 * Open the original PDF command) and the renderer (finding it) read the same rule.
 */

/** The asset name of an article's original PDF (never referred to from the body). */
export const ORIGINAL_PDF_NAME = 'original.pdf';

export const PDF_MEDIA_TYPE = 'application/pdf';

/**
 * The largest original kept: 64 MB, the largest single file a bundle (export, backup) carries, so every original the
 * library keeps goes with it into a bundle and comes back from it. A larger PDF is still imported as text.
 */
export const MAX_ORIGINAL_PDF_BYTES = 64 * 1024 * 1024;

const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether these bytes start as a PDF file does (`%PDF-`). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  return PDF_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** Whether the library keeps these bytes as an article's original: a PDF within the limit. */
export function canKeepOriginalPdf(bytes: Uint8Array): boolean {
  return bytes.length <= MAX_ORIGINAL_PDF_BYTES && isPdfBytes(bytes);
}

/** Whether an asset is the article's original PDF. */
export function isOriginalPdf(asset: { name: string; mediaType: string }): boolean {
  return asset.name === ORIGINAL_PDF_NAME && asset.mediaType === PDF_MEDIA_TYPE;
}

/** Whether the article was imported from a PDF (its file name): the reader offers its original, or says why not. */
export function cameFromPdf(originalName: string | undefined | null): boolean {
  return /\.pdf$/i.test(originalName ?? '');
}
