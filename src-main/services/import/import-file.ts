/**
 * One file through the pipeline: its type from the extension, the size limit, its bytes read, the importer run.
 * Whatever happens, the result is a complete article or a failure with a reason: never a throw, never half an article.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFailure, ParsedArticle } from '../../../src-shared/contract';
import { type AssetSource, folderAssets } from './asset-source';
import { type FailureReason, parseErrorReason, readErrorReason, tooLargeReason, unsupportedReason } from './failure-reasons';
import { ImportProblem } from './import-problem';
import { reason } from './reason';
import { importerFor } from './importers';

export type ImportOutcome = { path: string; article: ParsedArticle } | { path: string; failure: ImportFailure };

export interface ImportLimits {
  /** Files larger than this are refused without being read. */
  maxFileBytes: number;
}

function failed(filePath: string, why: FailureReason): ImportOutcome {
  return { path: filePath, failure: { path: filePath, ...why } };
}

/** Parses bytes already in memory (a dropped file, or a file just read). */
export async function importBytes(
  name: string,
  reportPath: string,
  bytes: Uint8Array,
  assets: AssetSource,
  limits: ImportLimits,
): Promise<ImportOutcome> {
  const importer = importerFor(name);
  if (!importer) return failed(reportPath, unsupportedReason(name));
  if (bytes.length > limits.maxFileBytes) return failed(reportPath, tooLargeReason(bytes.length, limits.maxFileBytes));
  if (bytes.length === 0) return failed(reportPath, reason('empty'));
  try {
    const article = await importer.parse({ name, path: reportPath, bytes, assets });
    return { path: reportPath, article };
  } catch (error) {
    if (error instanceof ImportProblem) return failed(reportPath, error.failure);
    return failed(reportPath, parseErrorReason(importer.format, error));
  }
}

/** Reads and parses the file at this path; images are read from its folder tree. */
export async function importFileAtPath(filePath: string, limits: ImportLimits): Promise<ImportOutcome> {
  const name = path.basename(filePath);
  if (!importerFor(name)) return failed(filePath, unsupportedReason(name));
  let bytes: Uint8Array;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return failed(filePath, readErrorReason({ code: info.isDirectory() ? 'EISDIR' : 'EINVAL' }));
    if (info.size > limits.maxFileBytes) return failed(filePath, tooLargeReason(info.size, limits.maxFileBytes));
    bytes = new Uint8Array(await readFile(filePath));
  } catch (error) {
    return failed(filePath, readErrorReason(error));
  }
  return importBytes(name, filePath, bytes, folderAssets(filePath), limits);
}
