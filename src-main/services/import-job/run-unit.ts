/**
 * Runs one unit in the current thread (a worker thread, or main when there is no worker): the existing importers
 * do the work. Never throws: whatever happens, the outcome is an article or a failure with a reason.
 */
import { bundleArticleToParsed, importZipMember } from '../bundle';
import { NO_ASSETS } from '../import/asset-source';
import { parseErrorReason } from '../import/failure-reasons';
import { reason } from '../import/reason';
import { importBytes, importFileAtPath, type ImportOutcome } from '../import/import-file';
import { migrationEntryToParsed } from '../import/migrations/migration-article';
import { warcPageToParsed } from '../import/warc-page-article';
import { downloadedPageToParsed } from '../fetch-article/downloaded-article';
import { type ImportUnit, type UnitLimits, type UnitOutcome, unitFailure } from './import-unit';

function toUnitOutcome(outcome: ImportOutcome): UnitOutcome {
  return 'article' in outcome ? { article: outcome.article } : { failure: outcome.failure };
}

async function runKnownUnit(unit: ImportUnit, limits: UnitLimits): Promise<UnitOutcome> {
  switch (unit.kind) {
    case 'file':
      return toUnitOutcome(await importFileAtPath(unit.path, limits));
    case 'bytes':
      return toUnitOutcome(await importBytes(unit.name, unit.name, unit.bytes, NO_ASSETS, limits));
    case 'bundle-article':
      return toUnitOutcome(bundleArticleToParsed(unit));
    case 'zip-member':
      return toUnitOutcome(await importZipMember(unit, limits));
    case 'migration-entry':
      return toUnitOutcome(await migrationEntryToParsed(unit));
    case 'downloaded-page':
      return toUnitOutcome(await downloadedPageToParsed(unit));
    case 'warc-page':
      return toUnitOutcome(await warcPageToParsed(unit));
    // Downloaded by the downloading runner in main (fetch-article/), never here.
    case 'download-link':
    default:
      return unitFailure(unit, reason('unknownUnit'));
  }
}

export async function runUnit(unit: ImportUnit, limits: UnitLimits): Promise<UnitOutcome> {
  try {
    return await runKnownUnit(unit, limits);
  } catch (error) {
    return unitFailure(unit, parseErrorReason('formatArticle', error));
  }
}
