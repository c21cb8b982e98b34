/**
 * Exporting a bundle (docs/bundle-format.md): `begin` asks where to save it and opens a temporary file there, `add`
 * streams articles into it, `finish` writes the manifest and moves it into place, `abort` removes it. Every
 * argument is validated; an export id must be one that `begin` returned and that is still open.
 */
import type { ExportFinished, ExportStarted, InvokeHandlers } from '../../../src-shared/contract';
import { dirname } from 'node:path';
import { checkFreeSpace } from '../backup/disk-space';
import { BUNDLE_EXTENSION } from '../bundle/manifest';
import { ExportSessions } from '../bundle/export-sessions';
import { writeErrorReason } from '../bundle/write-error-reason';
import { reason, withoutOk } from '../import/reason';
import type { BridgeHost } from './bridge-host';
import { type Failure, failBecause, guarded, ok, parseChannelArgs } from './result';

type ExportChannels = 'export:begin' | 'export:add' | 'export:finish' | 'export:abort';

/**
 * An invalid article is named by its title, so that the reader knows which one could not be exported: the
 * failure's path is [1 (the articles), index, …].
 */
function namingTheArticle(failure: Failure, args: unknown[]): Failure {
  const [argument, index] = failure.error.path ?? [];
  const articles = args[1];
  const article =
    argument === 1 && typeof index === 'number' && Array.isArray(articles)
      ? (articles[index] as { meta?: { title?: unknown } } | undefined)
      : undefined;
  const title = typeof article?.meta?.title === 'string' ? article.meta.title.trim() : '';
  return title
    ? // zod's words on what is wrong stay as they are: a technical detail, isolated in the translated sentence.
      failBecause(failure.error.code, reason('exportArticleInvalid', { title: title.slice(0, 200), detail: failure.error.message }), failure.error.path)
    : failure;
}

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(BUNDLE_EXTENSION) ? path : `${path}${BUNDLE_EXTENSION}`;
}

export function exportHandlers(host: BridgeHost, sessions = new ExportSessions()): Pick<InvokeHandlers, ExportChannels> {
  return {
    'export:begin': (...args) =>
      guarded<ExportStarted | null>('Export', async () => {
        const parsed = parseChannelArgs('export:begin', args);
        if (!parsed.ok) return parsed;
        const { title, suggestedName, estimatedBytes = 0 } = parsed.value[0];
        const chosen = await host.chooseExportPath(withExtension(suggestedName.replace(/[/\\]/g, '-')));
        if (!chosen) return ok(null);
        const path = withExtension(chosen);
        const space = await checkFreeSpace(host.storage, dirname(path), estimatedBytes, 'export');
        if (!space.ok) return failBecause('no-space', withoutOk(space));
        try {
          const creator = `${host.appInfo.name} ${host.appInfo.version}`;
          return ok({ exportId: await sessions.begin(path, { title, creator }), path });
        } catch (error) {
          return failBecause('io', reason('exportCannotWrite', { path, cause: writeErrorReason(error) }));
        }
      }),
    'export:add': (...args) =>
      guarded<null>('Export', async () => {
        const parsed = parseChannelArgs('export:add', args);
        if (!parsed.ok) return namingTheArticle(parsed, args);
        const [id, articles] = parsed.value;
        if (!sessions.has(id)) return failBecause('not-found', reason('exportNotOpen'));
        const twice = sessions.alreadyAdded(id, articles);
        if (twice.length > 0) return failBecause('invalid-argument', reason('exportArticlesTwice', { ids: twice.join(', ') }));
        try {
          await sessions.add(id, articles);
          return ok(null);
        } catch (error) {
          return failBecause('io', reason('bundleWriteFailed', { cause: writeErrorReason(error) }));
        }
      }),
    'export:finish': (...args) =>
      guarded<ExportFinished>('Export', async () => {
        const parsed = parseChannelArgs('export:finish', args);
        if (!parsed.ok) return parsed;
        if (!sessions.has(parsed.value[0])) return failBecause('not-found', reason('exportNotOpen'));
        try {
          return ok(await sessions.finish(parsed.value[0]));
        } catch (error) {
          return failBecause('io', reason('bundleFinishFailed', { cause: writeErrorReason(error) }));
        }
      }),
    'export:abort': (...args) =>
      guarded<null>('Export', async () => {
        const parsed = parseChannelArgs('export:abort', args);
        if (!parsed.ok) return parsed;
        await sessions.abort(parsed.value[0]);
        return ok(null);
      }),
  };
}
