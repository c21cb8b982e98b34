/** Saving an export of notes and highlights (docs/annotations-export.md): the renderer builds the text, main saves it. */

/** Markdown (`.md`, for Obsidian and the like) or W3C Web Annotation JSON-LD (`.jsonld`). */
export type NotesExportFormat = 'markdown' | 'json-ld';

export interface NotesExportRequest {
  format: NotesExportFormat;
  /** The file name the save dialog proposes (without folders); the format's extension is added when missing. */
  suggestedName: string;
  /** The whole file, UTF-8. */
  text: string;
}

export interface NotesExportSaved {
  /** Where the file was written. */
  path: string;
}
