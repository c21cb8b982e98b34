/**
 * What an import source covers, as units, a part at a time: each given path in turn (a folder walked
 * recursively, in path order), each archive opened into its articles, dropped files one unit each, the sample
 * library as a folder. The job counts the units as they come, so the number found grows while folders are read.
 */
import { stat } from 'node:fs/promises';
import type { DroppedFile } from '../../../src-shared/contract';
import type { ArchiveLimits } from '../bundle';
import { collectFiles } from '../import/collect-files';
import { type Expansion, expandArchive, expandArchiveBytes, isArchiveBytes, isArchivePath } from './expand-archive';
import type { ImportUnit } from './import-unit';
import type { JobSource } from './job-source';

export type { Expansion } from './expand-archive';

export interface ExpandOptions {
  sampleLibraryDir: string;
  /** The job's Cancel: a long reading (a web archive's) stops at its next record. */
  signal?: AbortSignal;
}

/** How many files are measured at once. */
const STAT_BATCH = 64;

/** The files' sizes (unknown, 0, when a file cannot be measured: reading it will say why). */
async function withSizes(units: ImportUnit[]): Promise<ImportUnit[]> {
  for (let start = 0; start < units.length; start += STAT_BATCH) {
    await Promise.all(
      units.slice(start, start + STAT_BATCH).map(async (unit) => {
        if (unit.kind !== 'file') return;
        unit.size = await stat(unit.path).then((info) => info.size, () => 0);
      }),
    );
  }
  return units;
}

async function* expandPath(given: string, seen: Set<string>, limits?: ArchiveLimits, signal?: AbortSignal): AsyncGenerator<Expansion> {
  const { files, failures } = await collectFiles([given]);
  files.sort();
  let plain: ImportUnit[] = [];
  for (const file of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!(await isArchivePath(file))) {
      plain.push({ kind: 'file', path: file });
      continue;
    }
    if (plain.length > 0) yield { units: await withSizes(plain), failures: [] };
    plain = [];
    yield await expandArchive(file, limits, signal);
  }
  yield { units: await withSizes(plain), failures };
}

export async function* expandSource(source: JobSource, options: ExpandOptions): AsyncGenerator<Expansion> {
  switch (source.kind) {
    case 'paths': {
      const seen = new Set<string>();
      for (const given of source.paths) yield* expandPath(given, seen, source.archiveLimits, options.signal);
      return;
    }
    case 'sample':
      yield* expandPath(options.sampleLibraryDir, new Set(), undefined, options.signal);
      return;
    case 'files':
      yield* expandDropped(source.files);
      return;
    case 'links':
      yield { units: source.links.map((link) => ({ kind: 'download-link', articleId: link.id, url: link.url })), failures: [] };
      return;
  }
}

/** Dropped files as bytes; a dropped archive is opened like one on disk. */
function* expandDropped(files: readonly DroppedFile[]): Generator<Expansion> {
  let plain: ImportUnit[] = [];
  for (const file of files) {
    if (!isArchiveBytes(file.name, file.bytes)) {
      plain.push({ kind: 'bytes', name: file.name, bytes: file.bytes });
      continue;
    }
    if (plain.length > 0) yield { units: plain, failures: [] };
    plain = [];
    yield expandArchiveBytes(file.bytes, file.name);
  }
  yield { units: plain, failures: [] };
}
