/**
 * Builds an export of notes and highlights in the chosen format and hands it to main, which asks where to save it
 * (notes:saveExport). Resolves to the saved file's name, or null when the reader cancelled the dialog.
 */
import type { TFunction } from 'i18next';
import type { NotesExportFormat } from '../../../../../src-shared/contract';
import { bridge, unwrap } from '../../../data/bridge';
import type { AnnotatedArticle } from '../../../../../src-shared/notes-export/annotated-article';
import { buildArticleMarkdown, buildLibraryMarkdown, type ExportWords } from '../../../../../src-shared/notes-export/markdown-export';
import { colorNameKey } from '../highlighting/colors';
import { annotationCollectionJson } from '../../../../../src-shared/notes-export/web-annotation-export';

export type ExportScope = { kind: 'article'; entry: AnnotatedArticle } | { kind: 'library'; entries: readonly AnnotatedArticle[]; description: string };

/**
 * The words the export writes around the quotes and notes, in the interface language. The article's own text,
 * title, tags and notes stay as they are, and so do the front matter's keys and the JSON-LD's terms (tools read
 * them).
 */
export function exportWords(t: TFunction<'annotations'>): ExportWords {
  return {
    highlights: t('exportDocHighlights'),
    notes: t('exportDocNotes'),
    none: t('exportDocNone'),
    documentTitle: t('exportDocTitle'),
    highlightLine: (colour, time) => t('exportDocHighlightLine', { colour: t(colorNameKey(colour)), time }),
    edited: (time) => t('exportDocEdited', { time }),
    fields: {
      author: t('exportDocAuthor'),
      source: t('exportDocSource'),
      published: t('exportDocPublished'),
      added: t('exportDocAdded'),
      tags: t('exportDocTags'),
      language: t('exportDocLanguage'),
    },
  };
}

function exportText(scope: ExportScope, format: NotesExportFormat, now: Date, t: TFunction<'annotations'>): string {
  const generated = now.toISOString();
  const entries = scope.kind === 'article' ? [scope.entry] : scope.entries;
  if (format === 'json-ld') {
    const label =
      scope.kind === 'article'
        ? t('exportDocNotesOn', { title: scope.entry.article.title })
        : t('exportDocLibraryLabel', { scope: scope.description });
    return annotationCollectionJson(entries, { id: `urn:uuid:${crypto.randomUUID()}`, label, generated });
  }
  const words = exportWords(t);
  return scope.kind === 'article'
    ? buildArticleMarkdown(scope.entry, words)
    : buildLibraryMarkdown(scope.entries, { exportedAt: generated, scope: scope.description, words });
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
  const text = exportText(scope, format, now, t);
  const saved = unwrap(await bridge().notes.saveExport({ format, suggestedName: suggestedName(scope, t), text }));
  return saved ? (saved.path.split(/[/\\]/).pop() ?? saved.path) : null;
}
