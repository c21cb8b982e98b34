/**
 * Download article text as an import request: the link-only entries' links sent to main a part at a time (one
 * import job each), so the import queue shows its progress, lets it be cancelled, and keeps its report.
 */
import type { LinkToDownload } from '../../../../src-shared/contract';
import { bridge } from '../../data/bridge';
import { translatorFor } from '../../ui/i18n';
import type { ImportRequest, ImportStep } from '../importing';

/** Links per job (main takes at most 10,000 per call). */
export const LINKS_PER_JOB = 1000;

function* steps(links: readonly LinkToDownload[]): Generator<ImportStep> {
  for (let start = 0; start < links.length; start += LINKS_PER_JOB) {
    const part = links.slice(start, start + LINKS_PER_JOB);
    yield { start: () => bridge().import.download(part) };
  }
}

export function downloadRequest(links: readonly LinkToDownload[]): ImportRequest {
  return { label: translatorFor('importing')('downloadLabel', { total: links.length }), steps: steps(links) };
}
