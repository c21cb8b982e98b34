/**
 * Main's failures in writing, exporting, backing up, restoring, importing, opening links and downloading article text are coded reasons: each
 * code reads as a whole sentence in English and in the other languages, with the inserted values (a path, a name, a
 * size) in bidi isolates, the numbers written the language's way, and a cause inside a sentence translated with it.
 */
import { describe, expect, it } from 'vitest';
import type { CodedReason, ReasonParams } from '../../../../../src-shared/contract';
import { createI18n, LOCALES, reasonText, type ErrorCode, type ShippedLocale } from '../../../../../src-shared/i18n';
import { errors } from '../../../../../src-shared/i18n/messages/en/errors';
import { checkFreeSpace } from '../../../../../src-main/services/backup/disk-space';
import { writeErrorReason } from '../../../../../src-main/services/bundle/write-error-reason';
import { reason } from '../../../../../src-main/services/import/reason';

const FIRST_MAIN_CODE: ErrorCode = 'writeFolderMissing';
const cause: CodedReason = { code: 'writeDiskFull' };

/** Every code main builds outside the importers, with values like the ones it sends. */
const MAIN_REASONS: Record<string, ReasonParams | undefined> = {
  writeFolderMissing: undefined,
  writeNotAllowed: undefined,
  writeReadOnly: undefined,
  writeDiskFull: undefined,
  writeIsFolder: undefined,
  writeFailed: undefined,
  writeFailedCode: { code: 'EIO' },
  noSpaceBackup: { needed: '220 MB', free: '20 MB' },
  noSpaceImport: { needed: '201 MB', free: '1 MB' },
  noSpaceExport: { needed: '210 MB', free: '50 MB' },
  unexpectedFailure: undefined,
  exportCannotWrite: { path: '/home/ann/Library.offprint', cause },
  exportNotOpen: undefined,
  exportArticlesTwice: { ids: 'a1, a2' },
  exportArticleInvalid: { title: 'Field notes', detail: 'is not an image Offprint can show (argument 1.1.assets.0)' },
  bundleWriteFailed: { cause },
  bundleFinishFailed: { cause },
  importTooManyJobs: undefined,
  importPathsRefused: undefined,
  importChoiceExpired: undefined,
  importNotRunning: undefined,
  restoreFileGone: undefined,
  restoreChooseBundle: undefined,
  restoreCannotRead: { name: 'Library.offprint', cause: { code: 'bundleNotOffprint' } },
  restoreFileMissing: { name: 'Library.offprint' },
  restoreNoVerifiedBackup: undefined,
  restoreSafetyBackupFailed: { cause },
  bundleNotOffprint: undefined,
  bundleManifestUnreadable: { cause: { code: 'notJson' } },
  bundleNotFile: undefined,
  bundleTooLarge: { size: '9 GB' },
  backupBusy: undefined,
  backupNotOpen: undefined,
  backupTooManyArticles: { articles: 500_000, limit: 199_998 },
  backupFolderUnusable: { cause: { code: 'writeNotAllowed' } },
  backupFolderRefused: { cause: { code: 'writeReadOnly' } },
  backupStartFailed: { cause },
  backupArticleTwice: { id: 'a7' },
  backupWriteFailed: { cause },
  backupFinishFailed: { cause },
  backupIncomplete: { expected: 2, sent: 1 },
  backupCheckFailed: { detail: 'manifest.json is missing' },
  linkNotClicked: undefined,
  linkWaiting: undefined,
  linkBurst: undefined,
  downloadOff: undefined,
  downloadNotAsked: undefined,
  downloadNotWebAddress: { url: 'file:///etc/hosts' },
  downloadRedirectRefused: { url: 'file:///etc/passwd' },
  downloadLocalNetwork: { url: 'http://192.168.1.1/' },
  downloadTooManyRedirects: { limit: 10 },
  downloadGone: { status: 404 },
  downloadHttpStatus: { status: 503 },
  downloadTimedOut: { seconds: 30 },
  downloadTooLarge: { limit: '20 MB' },
  downloadNotPage: { type: 'application/pdf' },
  downloadNetwork: { detail: 'ECONNREFUSED' },
  downloadFailed: undefined,
  downloadCancelled: undefined,
  downloadEntryGone: undefined,
  originalPdfNotPdf: undefined,
  originalPdfOpenFailed: { cause: 'Failed to open path' },
  originalPdfNotAsked: undefined,
};

function render(coded: CodedReason, locale: ShippedLocale): string {
  const t = createI18n(locale).getFixedT(locale, 'errors');
  return reasonText(coded, (code, values) => t(code as 'empty', values), true);
}

function coded(code: string): CodedReason {
  const params = MAIN_REASONS[code];
  return params ? { code, params } : { code };
}

const isolated = (value: string) => `\u2068${value}\u2069`;

describe('main’s own failures in the interface language', () => {
  it('are all listed here: every code after the importers’ ones', () => {
    const keys = Object.keys(errors);
    expect(Object.keys(MAIN_REASONS)).toEqual(keys.slice(keys.indexOf(FIRST_MAIN_CODE)));
  });

  describe.each([...LOCALES])('in %s', (locale) => {
    it.each(Object.keys(MAIN_REASONS))('%s reads as a whole sentence with its values isolated', (code) => {
      const text = render(coded(code), locale);
      expect(text).not.toContain('{{');
      expect(text).not.toBe(code);
      for (const value of Object.values(MAIN_REASONS[code] ?? {})) {
        if (typeof value === 'string') expect(text).toContain(isolated(value));
        if (typeof value === 'number') expect(text).toContain(new Intl.NumberFormat(locale).format(value));
        if (typeof value === 'object') expect(text).toContain(render(value, locale));
      }
      if (locale !== 'en') expect(text).not.toBe(render(coded(code), 'en'));
    });
  });

  it('writes main’s English from the same messages (logs and the English interface agree)', () => {
    const built = reason('exportCannotWrite', { path: '/home/ann/Library.offprint', cause: writeErrorReason({ code: 'ENOSPC' }) });
    expect(built.reason).toBe('Offprint could not write /home/ann/Library.offprint: The disk is full.');
    expect(render(built, 'en')).toBe(`Offprint could not write ${isolated('/home/ann/Library.offprint')}: The disk is full.`);
  });

  it('says in German why an export could not be written, and in Chinese that the disk is too full for a backup', async () => {
    const write = reason('exportCannotWrite', { path: '/home/ann/Bibliothek.offprint', cause: writeErrorReason({ code: 'EACCES' }) });
    expect(render(write, 'de')).toBe(
      `Offprint konnte ${isolated('/home/ann/Bibliothek.offprint')} nicht schreiben: Offprint darf dort nicht schreiben. Wählen Sie einen anderen Ordner.`,
    );
    const space = await checkFreeSpace({ freeBytes: async () => 20 * 1024 * 1024 }, '/backups', 0, 'backup');
    expect(space.ok).toBe(false);
    if (space.ok) return;
    expect(render(space, 'zh-Hans')).toBe(
      `备份大约需要 ${isolated('200 MB')} 的可用磁盘空间（含为文库预留的空间），但只剩 ${isolated('20 MB')} 可用。未写入任何内容。请腾出一些空间后重试。`,
    );
  });

  it('translates a cause inside the sentence, in Arabic too', () => {
    const text = render({ code: 'restoreCannotRead', params: { name: 'Library.offprint', cause: { code: 'bundleNotOffprint' } } }, 'ar');
    expect(text).toBe(`تتعذّر استعادة ${isolated('Library.offprint')}: ليست حزمة Offprint (لا تحوي ملف manifest.json قابلًا للقراءة).`);
  });

  it('names each operating-system write error in plain words, and keeps an unknown code as a detail', () => {
    expect(writeErrorReason({ code: 'EROFS' })).toMatchObject({ code: 'writeReadOnly', reason: 'That disk is read-only. Choose another folder.' });
    expect(writeErrorReason({ code: 'EDQUOT' })).toMatchObject({ code: 'writeDiskFull' });
    expect(writeErrorReason({ code: 'EIO' })).toMatchObject({ code: 'writeFailedCode', params: { code: 'EIO' } });
    expect(writeErrorReason(new Error('boom'))).toMatchObject({ code: 'writeFailed', reason: 'The file could not be written.' });
    expect(render(writeErrorReason({ code: 'EIO' }), 'ja')).toBe(`ファイルを書き込めませんでした（${isolated('EIO')}）。`);
  });
});
