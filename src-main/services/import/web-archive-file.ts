/**
 * A web archive on disk (`.warc`, `.warc.gz`, `.wacz`) into its pages, one unit each (warc-page-unit.ts): the archive
 * is streamed once (warc-index.ts), a WACZ's WARC files one after the other (wacz-directory.ts), and only the pages'
 * and images' places are kept. A WACZ's pages/pages.jsonl says which pages to take and gives their titles; without
 * it, every page is taken. What cannot be read is a failure naming the archive, the WARC file and the record.
 */
import { stat } from 'node:fs/promises';
import type { ImportFailure } from '../../../src-shared/contract';
import { type ArchiveLimits, DEFAULT_ARCHIVE_LIMITS } from '../bundle/archive-limits';
import { ArchiveProblem, insideArchive } from '../bundle/archive-problem';
import { readErrorReason } from './failure-reasons';
import { formatSize } from './import-problem';
import { reason } from './reason';
import { parsePagesList, selectListedPages } from './wacz-pages';
import { readWaczDirectory } from './wacz-directory';
import { recordLabel } from './warc-failures';
import { emptyIndex, indexWarcSpan, type WarcSpan } from './warc-index';
import { MAX_WARC_PAGE_BYTES } from './warc-page-article';
import { type WarcPageUnit, warcPageUnits } from './warc-page-unit';

export const WEB_ARCHIVE_EXTENSIONS: readonly string[] = ['.warc', '.warc.gz', '.wacz'];

/** Whether a file name is a web archive's (`.warc`, `.warc.gz`, `.wacz`). */
export function isWebArchiveName(name: string): boolean {
  const lower = name.toLowerCase();
  return WEB_ARCHIVE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

function isWacz(name: string): boolean {
  return name.toLowerCase().endsWith('.wacz');
}

export interface WebArchivePages {
  units: WarcPageUnit[];
  failures: ImportFailure[];
}

const PAGES_FILE = 'pages/pages.jsonl';

async function spansOf(filePath: string, archiveName: string, size: number, limits: ArchiveLimits): Promise<{ spans: WarcSpan[]; pages: Uint8Array | null; failures: ImportFailure[] }> {
  if (!isWacz(archiveName)) return { spans: [{ filePath, archiveName, member: '', start: 0, end: size }], pages: null, failures: [] };
  const contents = await readWaczDirectory(filePath, archiveName, size, limits);
  if (contents.spans.length === 0 && contents.failures.length === 0) contents.failures.push({ path: archiveName, ...reason('waczNoWarc') });
  return contents;
}

export async function expandWebArchive(
  filePath: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  archiveName: string = filePath,
  signal?: AbortSignal,
): Promise<WebArchivePages> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { units: [], failures: [{ path: archiveName, ...readErrorReason({ code: info.isDirectory() ? 'EISDIR' : 'EINVAL' }) }] };
    size = info.size;
  } catch (error) {
    return { units: [], failures: [{ path: archiveName, ...readErrorReason(error) }] };
  }
  if (size > limits.maxArchiveBytes) {
    return { units: [], failures: [{ path: archiveName, ...reason('archiveTooLarge', { size: formatSize(size), limit: formatSize(limits.maxArchiveBytes) }) }] };
  }
  if (size === 0) return { units: [], failures: [{ path: archiveName, ...reason('empty') }] };
  let found: Awaited<ReturnType<typeof spansOf>>;
  try {
    found = await spansOf(filePath, archiveName, size, limits);
  } catch (error) {
    if (error instanceof ArchiveProblem) return { units: [], failures: [{ path: archiveName, ...error.failure }] };
    return { units: [], failures: [{ path: archiveName, ...readErrorReason(error) }] };
  }
  const index = emptyIndex();
  index.failures.push(...found.failures);
  for (const span of found.spans) await indexWarcSpan(span, index, MAX_WARC_PAGE_BYTES, signal);
  // Cancelled while reading: nothing to take, and nothing to report (the job says it was cancelled).
  if (signal?.aborted) return { units: [], failures: [] };
  let titles = new Map<string, string | null>();
  if (found.pages) {
    const where = insideArchive(archiveName, PAGES_FILE);
    const list = parsePagesList(new TextDecoder('utf-8').decode(found.pages));
    for (const line of list.badLines) index.failures.push({ path: where, ...reason('waczPagesLine', { line }) });
    const selected = selectListedPages(index.pages, list);
    index.pages = selected.pages;
    titles = selected.titles;
    for (const page of selected.missing) index.failures.push({ path: insideArchive(archiveName, page.url), ...reason('waczPageMissing', { entry: recordLabel(page.url) }) });
  }
  if (index.pages.length === 0 && index.failures.length === 0) index.failures.push({ path: archiveName, ...reason('warcNoPages') });
  return { units: warcPageUnits(index, { archiveName, filePath }, titles), failures: index.failures };
}
