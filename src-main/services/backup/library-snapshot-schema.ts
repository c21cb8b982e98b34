/**
 * The zod schema of a LibrarySnapshot as the renderer sends it to `backup:finish`: bounded like library.json's
 * JSON Schema (which the written file is checked against again), and at most 64 MB of JSON, the archive's limit
 * for one entry, so that the backup stays restorable.
 */
import { z } from 'zod';
import type { LibrarySnapshot } from '../../../src-shared/contract';

export const MAX_LIBRARY_JSON_BYTES = 64 * 1024 * 1024;

const id = z.string().min(1).max(200);
const timestamp = z.iso.datetime({ offset: true });

export const librarySnapshotSchema: z.ZodType<LibrarySnapshot> = z
  .object({
    collections: z.array(z.object({ id, name: z.string().min(1).max(1000), createdAt: timestamp }).strict()).max(100_000),
    articles: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/),
            collections: z.array(id).max(10_000),
            position: z.object({ textOffset: z.number().int().min(0).nullable(), fraction: z.number().min(0).max(1) }).strict().nullable(),
            readAt: timestamp.nullable(),
          })
          .strict(),
      )
      .max(1_000_000),
    settings: z.array(z.object({ key: z.string().min(1).max(200), value: z.json() }).strict()).max(10_000),
  })
  .strict()
  .refine((library) => JSON.stringify(library).length <= MAX_LIBRARY_JSON_BYTES, {
    message: 'The library’s settings and reading states are too large to back up.',
  }) as z.ZodType<LibrarySnapshot>;
