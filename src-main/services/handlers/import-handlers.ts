import { z } from 'zod';
import type { ImportBatch, InvokeHandlers } from '../../contract';
import { parseFiles, parsePaths } from '../import/import-sources';
import type { BridgeHost } from './bridge-host';
import { expectNoArgs, fail, guarded, ok, parseArgs } from './result';

const MAX_PATHS = 10_000;
const MAX_DROPPED_FILES = 1_000;

const pathsArgs = z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(MAX_PATHS)]);
const droppedFilesArgs = z.tuple([
  z
    .array(z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict())
    .min(1)
    .max(MAX_DROPPED_FILES),
]);

type ImportChannels =
  | 'import:choosePaths'
  | 'import:start'
  | 'import:next'
  | 'import:cancel'
  | 'import:chooseAndParse'
  | 'import:parsePaths'
  | 'import:parseFiles'
  | 'import:parseSampleLibrary';

const notYet = async () => fail('internal', 'Import jobs are not available yet.');

export function importHandlers(host: BridgeHost): Pick<InvokeHandlers, ImportChannels> {
  return {
    'import:choosePaths': notYet,
    'import:start': notYet,
    'import:next': notYet,
    'import:cancel': notYet,
    'import:chooseAndParse': (...args) =>
      guarded<ImportBatch | null>('Import', async () => {
        const bad = expectNoArgs(args);
        if (bad) return bad;
        const paths = await host.chooseImportPaths('files');
        if (!paths || paths.length === 0) return ok(null);
        return ok(await parsePaths(paths));
      }),
    'import:parsePaths': (...args) =>
      guarded('Import', async () => {
        const parsed = parseArgs(pathsArgs, args);
        return parsed.ok ? ok(await parsePaths(parsed.value[0])) : parsed;
      }),
    'import:parseFiles': (...args) =>
      guarded('Import', async () => {
        const parsed = parseArgs(droppedFilesArgs, args);
        return parsed.ok ? ok(await parseFiles(parsed.value[0])) : parsed;
      }),
    'import:parseSampleLibrary': (...args) =>
      guarded('Loading the sample library', async () => expectNoArgs(args) ?? ok(await parsePaths([host.sampleLibraryDir]))),
  };
}
