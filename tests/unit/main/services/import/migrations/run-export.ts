/** Test helper: an export file's bytes through the import job's expansion and unit runner, as an import runs them. */
import type { ImportFailure, ParsedArticle } from '../../../../../../src-shared/contract';
import { expandArchiveBytes } from '../../../../../../src-main/services/import-job/expand-archive';
import { unitPath } from '../../../../../../src-main/services/import-job/import-unit';
import { runUnit } from '../../../../../../src-main/services/import-job/run-unit';

const LIMITS = { maxFileBytes: 50 * 1024 * 1024 };

export interface ExportImport {
  articles: ParsedArticle[];
  failures: ImportFailure[];
  /** The report path of each entry found. */
  paths: string[];
}

export async function importExportBytes(bytes: Uint8Array, name: string): Promise<ExportImport> {
  const { units, failures } = expandArchiveBytes(bytes, name);
  const result: ExportImport = { articles: [], failures: [...failures], paths: units.map(unitPath) };
  for (const unit of units) {
    const outcome = await runUnit(unit, LIMITS);
    if ('article' in outcome) result.articles.push(outcome.article);
    else result.failures.push(outcome.failure);
  }
  return result;
}
