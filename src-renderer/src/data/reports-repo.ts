/** Import reports: written once at the end of each import, read by Import history. */
import { newId, type ImportReportRecord, type OffprintDatabase } from './database';

export type NewImportReport = Omit<ImportReportRecord, 'id'>;

export async function saveImportReport(db: OffprintDatabase, report: NewImportReport): Promise<string> {
  const id = newId();
  await db.importReports.add({ ...report, id });
  return id;
}

/** Past imports, the latest first. */
export async function listImportReports(db: OffprintDatabase): Promise<ImportReportRecord[]> {
  return db.importReports.orderBy('startedAt').reverse().toArray();
}

export async function getImportReport(db: OffprintDatabase, id: string): Promise<ImportReportRecord | undefined> {
  return db.importReports.get(id);
}
