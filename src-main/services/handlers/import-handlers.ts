import type { ImportChunk, ImportJobStarted, InvokeHandlers, PathGrant, Result } from '../../../src-shared/contract';
import { checkFreeSpace } from '../backup/disk-space';
import { PathGrants } from '../grants/path-grants';
import { createUnitRunner, ImportJobRegistry, type JobSource, TooManyJobsError } from '../import-job';
import { reason, withoutOk } from '../import/reason';
import { DOWNLOAD_LIMITS } from '../fetch-article/download-limits';
import { DownloadingRunner } from '../fetch-article/downloading-runner';
import type { BridgeHost } from './bridge-host';
import { failBecause, guarded, ok, parseChannelArgs } from './result';

type ImportChannels = 'import:choose' | 'import:takeOpened' | 'import:start' | 'import:next' | 'import:cancel' | 'files:grantDroppedPaths';

/** What a page that names paths itself is told: main reads only what the person chose. */
export const PATHS_REFUSED = reason('importPathsRefused');
export const GRANT_UNKNOWN = reason('importChoiceExpired');

function namesPaths(args: unknown[]): boolean {
  const source = args[0];
  return typeof source === 'object' && source !== null && 'paths' in source;
}

/** The one registry of import jobs: imports and restores share it (a restore's chunks come from `import:next`). */
export function importJobsFor(host: BridgeHost): ImportJobRegistry {
  return new ImportJobRegistry({
    sampleLibraryDir: host.sampleLibraryDir,
    // Download article text's addresses are fetched in main, a few at a time; every page is parsed by the import runner.
    createRunner: (limits) =>
      new DownloadingRunner(createUnitRunner(host.importWorkerScript, limits), {
        limits: { ...DOWNLOAD_LIMITS, localNetwork: host.downloadsReachLocalNetwork === true },
      }),
  });
}

export function importHandlers(host: BridgeHost, jobs = importJobsFor(host)): Pick<InvokeHandlers, ImportChannels> {
  const grants = new PathGrants();

  const start = (source: JobSource): Result<ImportJobStarted> => {
    try {
      return ok(jobs.start(source));
    } catch (error) {
      if (error instanceof TooManyJobsError) return failBecause('forbidden', error.failure);
      throw error;
    }
  };

  return {
    'import:choose': (...args) =>
      guarded<PathGrant | null>('Choosing what to import', async () => {
        const parsed = parseChannelArgs('import:choose', args);
        if (!parsed.ok) return parsed;
        const mode = parsed.value[0];
        return ok(grants.grant((await host.chooseImportPaths(mode)) ?? [], mode));
      }),
    'import:takeOpened': (...args) =>
      guarded<PathGrant | null>('Opening files', async () => {
        const parsed = parseChannelArgs('import:takeOpened', args);
        if (!parsed.ok) return parsed;
        return ok(grants.grant(host.openedFiles.take(), 'files'));
      }),
    'files:grantDroppedPaths': (...args) =>
      guarded<PathGrant | null>('Importing dropped files', async () => {
        const parsed = parseChannelArgs('files:grantDroppedPaths', args);
        if (!parsed.ok) return parsed;
        return ok(grants.grant(parsed.value[0], 'files'));
      }),
    'import:start': (...args) =>
      guarded<ImportJobStarted>('Import', async () => {
        if (namesPaths(args)) return failBecause('forbidden', PATHS_REFUSED);
        const parsed = parseChannelArgs('import:start', args);
        if (!parsed.ok) return parsed;
        // The library is stored in the profile: its disk must hold what is imported (dropped bytes, twice: the body
        // and its text) and the reserve, before anything is read.
        const source = parsed.value[0];
        const incoming = source.kind === 'files' ? 2 * source.files.reduce((sum, file) => sum + file.bytes.byteLength, 0) : 0;
        const space = await checkFreeSpace(host.storage, host.storage.profileDir, incoming, 'import');
        if (!space.ok) return failBecause('no-space', withoutOk(space));
        if (source.kind !== 'grant') return start(source);
        const paths = grants.take(source.grantId);
        return paths ? start({ kind: 'paths', paths }) : failBecause('not-found', GRANT_UNKNOWN);
      }),
    'import:next': (...args) =>
      guarded<ImportChunk>('Import', async () => {
        const parsed = parseChannelArgs('import:next', args);
        if (!parsed.ok) return parsed;
        const chunk = await jobs.next(parsed.value[0]);
        return chunk ? ok(chunk) : failBecause('not-found', reason('importNotRunning'));
      }),
    'import:cancel': (...args) =>
      guarded<null>('Cancelling the import', async () => {
        const parsed = parseChannelArgs('import:cancel', args);
        if (!parsed.ok) return parsed;
        jobs.cancel(parsed.value[0]);
        return ok(null);
      }),
  };
}
