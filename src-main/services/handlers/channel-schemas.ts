/**
 * The arguments of every bridge channel, as zod schemas in ONE table typed by the contract: a channel missing
 * here, or a schema whose parsed value no longer fits the channel's `ChannelArgs`, does not compile. Handlers
 * validate with `parseChannelArgs`, so what they receive has the contract's types.
 */
import { z } from 'zod';
import type { ChannelArgs, InvokeChannel } from '../../../src-shared/contract';
import { ROW_MENU_ITEMS } from '../../../src-shared/contract/row-menu';
import { SIDEBAR_MENU_ITEMS, SIDEBAR_MENU_KINDS } from '../../../src-shared/contract/sidebar-menu';
import { isLocale } from '../../../src-shared/i18n';
import { MAX_ORIGINAL_PDF_BYTES } from '../../../src-shared/article/original-pdf';
import { isWebAddress } from '../../../src-shared/article/url-policy';
import { MAX_LINKS_PER_CALL } from '../fetch-article/download-limits';
import { DROPPED_BYTES_PER_CALL, DROPPED_FILES_PER_CALL } from '../../../src-shared/import/dropped-files';
import { exportedArticlesSchema } from '../bundle/exported-article-schema';
import { librarySnapshotSchema } from '../backup/library-snapshot-schema';

const MAX_PATHS = 10_000;
/** 64 MiB of text: far more than any library's notes, and a bound on what a renderer may ask main to write. */
export const MAX_NOTES_EXPORT_CHARS = 64 * 1024 * 1024;

const grantId = z.uuid('Offprint imports only what you chose: choose the files again.');

const importSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('grant'), grantId }).strict(),
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
]);
const jobId = z.string().min(1).max(100);
/** Link-only entries by id, each with its stored address: http(s) only (checked again before each request). */
const linksToDownload = z
  .array(
    z
      .object({
        id: z.string().min(1).max(200),
        url: z.string().min(1).max(4096).refine(isWebAddress, 'Only http and https pages are downloaded.'),
      })
      .strict(),
  )
  .min(1)
  .max(MAX_LINKS_PER_CALL);
/** A backup by its file name (checked again in main: no separators, no `..`), or a file by its grant. */
const restoreSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('backup'), id: z.string().min(1).max(255) }).strict(),
  z.object({ kind: z.literal('file'), grantId: z.uuid() }).strict(),
]);
const exportId = z.uuid();
const backupId = z.uuid();
const estimatedBytes = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const CHANNEL_SCHEMAS: { [C in InvokeChannel]: z.ZodType<ChannelArgs<C>> } = {
  'import:choose': z.tuple([z.enum(['files', 'folder'])]),
  'import:takeOpened': z.tuple([]),
  'import:start': z.tuple([importSource]),
  'import:next': z.tuple([jobId]),
  'import:cancel': z.tuple([jobId]),
  'import:download': z.tuple([linksToDownload]),
  'import:downloadAllowed': z.tuple([]),
  'import:setDownloadAllowed': z.tuple([z.boolean()]),
  'export:begin': z.tuple([
    z
      .object({ title: z.string().trim().min(1).max(300), suggestedName: z.string().trim().min(1).max(255), estimatedBytes: estimatedBytes.optional() })
      .strict(),
  ]),
  'export:add': z.tuple([exportId, exportedArticlesSchema]),
  'export:finish': z.tuple([exportId]),
  'export:abort': z.tuple([exportId]),
  'backup:begin': z.tuple([
    z
      .object({
        reason: z.enum(['manual', 'schema-upgrade', 'new-version', 'scheduled']),
        articleCount: z.number().int().min(0).max(1_000_000),
        estimatedBytes,
      })
      .strict(),
  ]),
  'backup:add': z.tuple([backupId, exportedArticlesSchema]),
  'backup:finish': z.tuple([backupId, librarySnapshotSchema, z.string().min(1).max(200)]),
  'backup:abort': z.tuple([backupId]),
  'backup:list': z.tuple([]),
  'backup:status': z.tuple([]),
  'backup:chooseFolder': z.tuple([]),
  'backup:useDefaultFolder': z.tuple([]),
  'backup:showFolder': z.tuple([]),
  'notes:saveExport': z.tuple([
    z
      .object({
        format: z.enum(['markdown', 'json-ld']),
        suggestedName: z.string().trim().min(1).max(255),
        text: z.string().max(MAX_NOTES_EXPORT_CHARS, 'The export is too large to save.'),
      })
      .strict(),
  ]),
  'shell:openExternal': z.tuple([z.string().min(1).max(4096)]),
  'shell:openOriginalPdf': z.tuple([
    z.instanceof(Uint8Array).refine((bytes) => bytes.length > 0 && bytes.length <= MAX_ORIGINAL_PDF_BYTES, 'must be a PDF of at most 64 MB'),
  ]),
  'app:getInfo': z.tuple([]),
  'files:grantDroppedPaths': z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(MAX_PATHS)]),
  'app:reportContextMenu': z.tuple([
    z
      .object({
        x: z.number().int().min(-100_000).max(100_000),
        y: z.number().int().min(-100_000).max(100_000),
        articleSelection: z.boolean(),
      })
      .strict(),
  ]),
  'app:popupRowMenu': z.tuple([
    z
      .object({
        items: z.array(z.enum(ROW_MENU_ITEMS)).min(1).max(ROW_MENU_ITEMS.length),
        rowCount: z.number().int().min(1).max(100_000_000),
        states: z.object({ read: z.boolean(), favourite: z.boolean(), archived: z.boolean() }).strict(),
        downloadAllowed: z.boolean().optional(),
      })
      .strict(),
  ]),
  'app:popupSidebarMenu': z.tuple([
    z
      .object({
        kind: z.enum(SIDEBAR_MENU_KINDS),
        items: z.array(z.enum(SIDEBAR_MENU_ITEMS)).min(1).max(SIDEBAR_MENU_ITEMS.length),
      })
      .strict(),
  ]),
  'app:quit': z.tuple([]),
  'app:setLanguage': z.tuple([z.string().max(20).refine(isLocale, 'Offprint has no interface in that language.')]),
  'restore:chooseFile': z.tuple([]),
  'restore:preview': z.tuple([restoreSource]),
  'restore:start': z.tuple([restoreSource]),
  'restore:checkSpace': z.tuple([restoreSource, estimatedBytes]),
  'restore:beginSafetyBackup': z.tuple([]),
  'restore:openLatestReadOnly': z.tuple([]),
  'library:guard': z.tuple([]),
  'library:opened': z.tuple([
    z.object({ schemaVersion: z.number().int().min(1).max(10_000), articleCount: z.number().int().min(0).max(100_000_000) }).strict(),
  ]),
};
