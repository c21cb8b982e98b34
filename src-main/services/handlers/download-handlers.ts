/**
 * Download article text (`import:download`): the one way Offprint reaches the web, an import job over the link-only
 * entries the renderer names, each with the address it stores for it (http and https only, validated here and again
 * before every request and redirect). Refused while "Allow downloading article text" is off; main keeps that
 * setting itself (fetch-article/download-setting.ts), so a page cannot switch it on behind the person's back by
 * asking anyway. And only just after a person's click or key press that main observed itself (app/user-gestures.ts:
 * input Chromium delivered, or a choice in main's own menu): a script in the page cannot make main reach the web
 * (or carry the library's words out in an address) on its own, even with the setting on.
 */
import type { ImportJobStarted, InvokeHandlers, Result } from '../../../src-shared/contract';
import type { DownloadSetting } from '../fetch-article/download-setting';
import { type ImportJobRegistry, TooManyJobsError } from '../import-job';
import { reason } from '../import/reason';
import { askedJustNow } from './recent-gesture';
import { failBecause, guarded, ok, parseChannelArgs } from './result';

type DownloadChannels = 'import:download' | 'import:downloadAllowed' | 'import:setDownloadAllowed';

export const DOWNLOAD_OFF = reason('downloadOff');
export const DOWNLOAD_NOT_ASKED = reason('downloadNotAsked');

export function downloadHandlers(
  jobs: ImportJobRegistry,
  setting: DownloadSetting,
  lastUserGestureAt: () => number,
  now: () => number = Date.now,
): Pick<InvokeHandlers, DownloadChannels> {
  return {
    'import:download': (...args) =>
      guarded<ImportJobStarted>('Downloading article text', async (): Promise<Result<ImportJobStarted>> => {
        const parsed = parseChannelArgs('import:download', args);
        if (!parsed.ok) return parsed;
        if (!(await setting.allowed())) return failBecause('forbidden', DOWNLOAD_OFF);
        if (!askedJustNow(lastUserGestureAt(), now())) return failBecause('forbidden', DOWNLOAD_NOT_ASKED);
        try {
          return ok(jobs.start({ kind: 'links', links: parsed.value[0] }));
        } catch (error) {
          if (error instanceof TooManyJobsError) return failBecause('forbidden', error.failure);
          throw error;
        }
      }),
    'import:downloadAllowed': (...args) =>
      guarded<boolean>('Reading a setting', async () => {
        const parsed = parseChannelArgs('import:downloadAllowed', args);
        if (!parsed.ok) return parsed;
        return ok(await setting.allowed());
      }),
    'import:setDownloadAllowed': (...args) =>
      guarded<null>('Saving a setting', async () => {
        const parsed = parseChannelArgs('import:setDownloadAllowed', args);
        if (!parsed.ok) return parsed;
        await setting.set(parsed.value[0]);
        return ok(null);
      }),
  };
}
