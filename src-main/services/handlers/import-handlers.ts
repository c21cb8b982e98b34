import { z } from 'zod';
import type { ImportChunk, ImportJobStarted, InvokeHandlers } from '../../../src-shared/contract';
import { DROPPED_BYTES_PER_CALL, DROPPED_FILES_PER_CALL } from '../../../src-shared/import/dropped-files';
import { createUnitRunner, ImportJobRegistry, TooManyJobsError } from '../import-job';
import type { BridgeHost } from './bridge-host';
import { fail, guarded, ok, parseArgs } from './result';

const MAX_PATHS = 10_000;

const modeArgs = z.tuple([z.enum(['files', 'folder'])]);
const sourceArgs = z.tuple([
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('paths'), paths: z.array(z.string().min(1).max(4096)).min(1).max(MAX_PATHS) }).strict(),
    z
      .object({
        kind: z.literal('files'),
        files: z
          .array(z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict())
          .min(1)
          .max(DROPPED_FILES_PER_CALL)
          // By bytes as well as by count: one IPC message never carries more than this.
          .refine((files) => files.reduce((sum, file) => sum + file.bytes.byteLength, 0) <= DROPPED_BYTES_PER_CALL, {
            message: `Too many bytes in one call (at most ${DROPPED_BYTES_PER_CALL} bytes of dropped files)`,
          }),
      })
      .strict(),
    z.object({ kind: z.literal('sample') }).strict(),
  ]),
]);
const jobIdArgs = z.tuple([z.string().min(1).max(100)]);

type ImportChannels = 'import:choosePaths' | 'import:start' | 'import:next' | 'import:cancel';

export function importHandlers(host: BridgeHost): Pick<InvokeHandlers, ImportChannels> {
  const jobs = new ImportJobRegistry({
    sampleLibraryDir: host.sampleLibraryDir,
    createRunner: (limits) => createUnitRunner(host.importWorkerScript, limits),
  });
  return {
    'import:choosePaths': (...args) =>
      guarded<string[] | null>('Choosing what to import', async () => {
        const parsed = parseArgs(modeArgs, args);
        if (!parsed.ok) return parsed;
        const paths = await host.chooseImportPaths(parsed.value[0]);
        return ok(paths && paths.length > 0 ? paths : null);
      }),
    'import:start': (...args) =>
      guarded<ImportJobStarted>('Import', async () => {
        const parsed = parseArgs(sourceArgs, args);
        if (!parsed.ok) return parsed;
        try {
          return ok(jobs.start(parsed.value[0]));
        } catch (error) {
          if (error instanceof TooManyJobsError) return fail('forbidden', error.message);
          throw error;
        }
      }),
    'import:next': (...args) =>
      guarded<ImportChunk>('Import', async () => {
        const parsed = parseArgs(jobIdArgs, args);
        if (!parsed.ok) return parsed;
        const chunk = await jobs.next(parsed.value[0]);
        return chunk ? ok(chunk) : fail('not-found', 'This import is no longer running.');
      }),
    'import:cancel': (...args) =>
      guarded<null>('Cancelling the import', async () => {
        const parsed = parseArgs(jobIdArgs, args);
        if (!parsed.ok) return parsed;
        jobs.cancel(parsed.value[0]);
        return ok(null);
      }),
  };
}
