/**
 * Saving an export of notes and highlights: the renderer sends the finished text (Markdown or JSON-LD), main asks
 * where to save it and writes it. The file is written beside its destination under a temporary name and renamed
 * when complete, so an existing file is never left half-overwritten.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { InvokeHandlers, NotesExportFormat, NotesExportSaved } from '../../../src-shared/contract';
import { writeErrorReason } from '../bundle/write-error-reason';
import { reason } from '../import/reason';
import type { BridgeHost } from './bridge-host';
import { failBecause, guarded, ok, parseChannelArgs } from './result';

export { MAX_NOTES_EXPORT_CHARS } from './channel-schemas';

export const NOTES_EXPORT_EXTENSIONS: Record<NotesExportFormat, string> = { markdown: '.md', 'json-ld': '.jsonld' };

function withExtension(path: string, format: NotesExportFormat): string {
  const extension = NOTES_EXPORT_EXTENSIONS[format];
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

/** A file name the dialog can propose: no folders, no characters that file systems refuse. */
function safeName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are among those refused
  return name.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').replace(/^\.+/, '').trim() || 'Offprint notes';
}

async function writeWhole(path: string, text: string): Promise<void> {
  const partial = `${path}.${randomUUID()}.part`;
  try {
    await writeFile(partial, text, 'utf8');
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export function notesExportHandlers(host: BridgeHost): Pick<InvokeHandlers, 'notes:saveExport'> {
  return {
    'notes:saveExport': (...args) =>
      guarded<NotesExportSaved | null>('Exporting notes', async () => {
        const parsed = parseChannelArgs('notes:saveExport', args);
        if (!parsed.ok) return parsed;
        const { format, suggestedName, text } = parsed.value[0];
        const chosen = await host.chooseExportPath(withExtension(safeName(suggestedName), format), format);
        if (!chosen) return ok(null);
        const path = withExtension(chosen, format);
        try {
          await writeWhole(path, text);
          return ok({ path });
        } catch (error) {
          return failBecause('io', reason('exportCannotWrite', { path, cause: writeErrorReason(error) }));
        }
      }),
  };
}
