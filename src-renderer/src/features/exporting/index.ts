/** The exporting feature's public parts: what other features and the app may import (layer rule). */
export { ArticleExportButton } from './ArticleExportButton';
export { ExportStatus } from './ExportStatus';
export { LibraryExportBar } from './LibraryExportBar';
export { exportLibrary, startExport, startTagExport } from './export-store';
export { articlesPlan } from './export-plans';
export { streamExport } from './run-export';
export { useSelection } from './use-selection';
export type { Selection } from './use-selection';
