/**
 * Builds an export of notes and highlights in the chosen format and hands it to main, which asks where to save it
 * (notes:saveExport). Resolves to the saved file's name, or null when the reader cancelled the dialog.
 */
import type { TFunction } from 'i18next';
import type { NotesExportFormat } from '../../../../../src-shared/contract';
import { bridge, unwrap } from '../../../data/bridge';
import type { AnnotatedArticle } from '../../../../../src-shared/notes-export/annotated-article';
import { buildArticleMarkdown, buildLibraryMarkdown } from '../../../../../src-shared/notes-export/markdown-export';
import { annotationCollectionJson } from '../../../../../src-shared/notes-export/web-annotation-export';

export type ExportScope = { kind: 'article'; entry: AnnotatedArticle } | { kind: 'library'; entries: readonly AnnotatedArticle[]; description: string };

/**
 * The export's own text stays English, like the Markdown and JSON-LD that src-shared/notes-export builds around it:
 * a document for other tools, not the interface (only the file name offered in the save dialog is translated).
 */
function exportText(scope: ExportScope, format: NotesExportFormat, now: Date): string {
  const generated = now.toISOString();
  const entries = scope.kind === 'article' ? [scope.entry] : scope.entries;
  if (format === 'json-ld') {
    const label = scope.kind === 'article' ? `Notes on “${scope.entry.article.title}”` : `Offprint notes: ${scope.description}`;
    return annotationCollectionJson(entries, { id: `urn:uuid:${crypto.randomUUID()}`, label, generated });
  }
  return scope.kind === 'article'
    ? buildArticleMarkdown(scope.entry)
    : buildLibraryMarkdown(scope.entries, { exportedAt: generated, scope: scope.description });
}

/** The file name offered in the save dialog, in the interface language (the export's contents stay as they are). */
function suggestedName(scope: ExportScope, t: TFunction<'annotations'>): string {
  if (scope.kind === 'library') return t('exportFileLibrary');
  const title = scope.entry.article.title.replace(/\s+/g, ' ').trim().slice(0, 120);
  return t('exportFileArticle', { title: title || t('exportFileUntitled') });
}

export async function saveAnnotationsExport(
  scope: ExportScope,
  format: NotesExportFormat,
  t: TFunction<'annotations'>,
  now = new Date(),
): Promise<string | null> {
  const text = exportText(scope, format, now);
  const saved = unwrap(await bridge().notes.saveExport({ format, suggestedName: suggestedName(scope, t), text }));
  return saved ? (saved.path.split(/[/\\]/).pop() ?? saved.path) : null;
}
