/**
 * The receiving side of every bridge call, in plain Node. Electron's IPC layer (src-main/app/ipc.ts) and the
 * end-to-end test bridge (tests/e2e/harness) both serve exactly these handlers; only the transport differs.
 * Each handler validates its arguments (they come from an untrusted renderer) and returns a Result, never a throw.
 */
import { z } from 'zod';
import type { AppInfo, ApiError, ImportBatch, InvokeHandlers, Result } from '../contract';
import { checkExternalUrl } from './external-url';
import { parseFiles, parsePaths } from './import/import-sources';

/** What the host (Electron, or the test harness) provides: the parts that need a window or the desktop. */
export interface BridgeHost {
  /** Shows the system's open dialog; resolves to the chosen paths, or null when cancelled. */
  chooseImportPaths(): Promise<string[] | null>;
  /** Opens an already checked http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** The folder of the sample library shipped in resources/. */
  sampleLibraryDir: string;
  appInfo: AppInfo;
}

const MAX_PATHS = 10_000;
const MAX_DROPPED_FILES = 1_000;

const pathsSchema = z.array(z.string().min(1).max(4096)).min(1).max(MAX_PATHS);
const droppedFilesSchema = z
  .array(z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict())
  .min(1)
  .max(MAX_DROPPED_FILES);
const urlSchema = z.string().min(1).max(4096);

function fail(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

function invalid(error: z.ZodError): { ok: false; error: ApiError } {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  return fail('invalid-argument', `${issue?.message ?? 'Invalid argument'}${where}`);
}

/** Runs a handler body, turning an unexpected throw into a plain internal error (logged, not sent). */
async function guarded<T>(what: string, body: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await body();
  } catch (error) {
    console.error(`[offprint] ${what} failed:`, error);
    return fail('internal', `${what} failed unexpectedly. Nothing was changed.`);
  }
}

function expectNoArgs(args: unknown[]): { ok: false; error: ApiError } | null {
  return args.length === 0 ? null : fail('invalid-argument', 'This call takes no arguments.');
}

export function createBridgeHandlers(host: BridgeHost): InvokeHandlers {
  return {
    'import:chooseAndParse': (...args) =>
      guarded<ImportBatch | null>('Import', async () => {
        const bad = expectNoArgs(args);
        if (bad) return bad;
        const paths = await host.chooseImportPaths();
        if (!paths || paths.length === 0) return { ok: true, value: null };
        return { ok: true, value: await parsePaths(paths) };
      }),
    'import:parsePaths': (...args) =>
      guarded('Import', async () => {
        const parsed = pathsSchema.safeParse(args[0]);
        if (!parsed.success || args.length !== 1) return parsed.success ? fail('invalid-argument', 'Expected one list of paths.') : invalid(parsed.error);
        return { ok: true, value: await parsePaths(parsed.data) };
      }),
    'import:parseFiles': (...args) =>
      guarded('Import', async () => {
        const parsed = droppedFilesSchema.safeParse(args[0]);
        if (!parsed.success || args.length !== 1) return parsed.success ? fail('invalid-argument', 'Expected one list of files.') : invalid(parsed.error);
        return { ok: true, value: await parseFiles(parsed.data) };
      }),
    'import:parseSampleLibrary': (...args) =>
      guarded('Loading the sample library', async () => {
        const bad = expectNoArgs(args);
        if (bad) return bad;
        return { ok: true, value: await parsePaths([host.sampleLibraryDir]) };
      }),
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = urlSchema.safeParse(args[0]);
        if (!parsed.success) return invalid(parsed.error);
        const checked = checkExternalUrl(parsed.data);
        if (!checked.ok) return fail('forbidden', checked.reason);
        await host.openExternal(checked.url);
        return { ok: true, value: null };
      }),
    'app:getInfo': (...args) =>
      guarded('Reading app information', async () => {
        const bad = expectNoArgs(args);
        if (bad) return bad;
        return { ok: true, value: host.appInfo };
      }),
  };
}
