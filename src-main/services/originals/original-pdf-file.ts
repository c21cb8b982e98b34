/**
 * Where main puts an article's original PDF for the system's viewer: a file it owns in the profile's `Originals`
 * folder, named by the hash of its bytes (never a name or path from the renderer), written once: the same PDF
 * opened again is the same file, so a viewer that still holds it open is never written under.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ORIGINALS_FOLDER = 'Originals';

/** `<sha256, first 32 hex digits>.pdf`: the file name of these bytes. */
export function originalPdfFileName(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}.pdf`;
}

async function sizeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

/** Writes the PDF into `<profileDir>/Originals/` (unless it is there already) and returns the file's path. */
export async function writeOriginalPdf(profileDir: string, bytes: Uint8Array): Promise<string> {
  const folder = path.join(profileDir, ORIGINALS_FOLDER);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, originalPdfFileName(bytes));
  if ((await sizeOf(file)) === bytes.length) return file;
  // Written beside it and renamed: a viewer never opens half a file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return file;
}
