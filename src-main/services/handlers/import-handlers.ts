import type { ImportChunk, ImportJobStarted, InvokeHandlers } from '../../../src-shared/contract';
import { checkFreeSpace } from '../backup/disk-space';
import { createUnitRunner, ImportJobRegistry, TooManyJobsError } from '../import-job';
import type { BridgeHost } from './bridge-host';
import { fail, guarded, ok, parseChannelArgs } from './result';

type ImportChannels = 'import:choosePaths' | 'import:start' | 'import:next' | 'import:cancel';

export function importHandlers(host: BridgeHost): Pick<InvokeHandlers, ImportChannels> {
  const jobs = new ImportJobRegistry({
    sampleLibraryDir: host.sampleLibraryDir,
    createRunner: (limits) => createUnitRunner(host.importWorkerScript, limits),
  });
  return {
    'import:choosePaths': (...args) =>
      guarded<string[] | null>('Choosing what to import', async () => {
        const parsed = parseChannelArgs('import:choosePaths', args);
        if (!parsed.ok) return parsed;
        const paths = await host.chooseImportPaths(parsed.value[0]);
        return ok(paths && paths.length > 0 ? paths : null);
      }),
    'import:start': (...args) =>
      guarded<ImportJobStarted>('Import', async () => {
        const parsed = parseChannelArgs('import:start', args);
        if (!parsed.ok) return parsed;
        // The library is stored in the profile: its disk must hold what is imported (dropped bytes, twice: the body
        // and its text) and the reserve, before anything is read.
        const source = parsed.value[0];
        const incoming = source.kind === 'files' ? 2 * source.files.reduce((sum, file) => sum + file.bytes.byteLength, 0) : 0;
        const space = await checkFreeSpace(host.storage, host.storage.profileDir, incoming, 'The import');
        if (!space.ok) return fail('no-space', space.message);
        try {
          return ok(jobs.start(parsed.value[0]));
        } catch (error) {
          if (error instanceof TooManyJobsError) return fail('forbidden', error.message);
          throw error;
        }
      }),
    'import:next': (...args) =>
      guarded<ImportChunk>('Import', async () => {
        const parsed = parseChannelArgs('import:next', args);
        if (!parsed.ok) return parsed;
        const chunk = await jobs.next(parsed.value[0]);
        return chunk ? ok(chunk) : fail('not-found', 'This import is no longer running.');
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
