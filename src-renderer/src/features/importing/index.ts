/** The importing feature's public parts: what other features and the app may import (layer rule). */
import './importing.css';
export { DropOverlay } from './DropOverlay';
export { ImportHistoryView } from './ImportHistoryView';
export { ImportReportView } from './ImportReportView';
export { ImportStatus } from './ImportStatus';
export { sampleRequest } from './import-request';
export type { ImportRequest, ImportStep } from './import-request';
export { ImportRun } from './import-runner';
export type { ImportRunResult } from './import-runner';
export { describeFailure, formatCount } from './import-summary';
export { useFileDrop } from './use-file-drop';
export { importQueueFor, useImportState } from './import-queue';
