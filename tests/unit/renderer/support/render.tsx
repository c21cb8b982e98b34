/** Renders components over a fresh database of their own. */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { ImportBatch } from '../../../../src-shared/contract';
import { OffprintDatabase } from '../../../../src-renderer/src/data/database';
import { DbProvider } from '../../../../src-renderer/src/data/db-context';
import { storeImportBatch, type StoreReport } from '../../../../src-renderer/src/data/import-repo';
import { sanitizeArticleHtml } from '../../../../src-renderer/src/data/sanitize-html';

export function freshDb(): OffprintDatabase {
  return new OffprintDatabase(`offprint-test-${crypto.randomUUID()}`);
}

export function store(db: OffprintDatabase, batch: ImportBatch): Promise<StoreReport> {
  return storeImportBatch(db, batch, sanitizeArticleHtml);
}

export function renderWithDb(ui: ReactElement, db: OffprintDatabase = freshDb()): RenderResult & { db: OffprintDatabase } {
  return { db, ...render(<DbProvider db={db}>{ui}</DbProvider>) };
}
