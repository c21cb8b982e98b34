/** An article's original PDF (its `original.pdf` asset, src-shared/article/original-pdf.ts): whether it is kept, its bytes. */
import { isOriginalPdf, ORIGINAL_PDF_NAME } from '../../../src-shared/article/original-pdf';
import type { OffprintDatabase } from './database';

const assetId = (articleId: string) => `${articleId}/${ORIGINAL_PDF_NAME}`;

/** Whether the library keeps the article's original PDF (reads no bytes: a stored Blob is read only when asked). */
export async function hasOriginalPdf(db: OffprintDatabase, articleId: string): Promise<boolean> {
  const asset = await db.assets.get(assetId(articleId));
  return asset !== undefined && isOriginalPdf(asset);
}

/** The bytes of the article's original PDF, or null when the library does not keep one. */
export async function readOriginalPdf(db: OffprintDatabase, articleId: string): Promise<Uint8Array | null> {
  const asset = await db.assets.get(assetId(articleId));
  if (!asset || !isOriginalPdf(asset)) return null;
  return new Uint8Array(await asset.blob.arrayBuffer());
}
