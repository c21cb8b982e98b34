import { isPdfBytes } from '../../../src-shared/article/original-pdf';
import type { InvokeHandlers } from '../../../src-shared/contract';
import { createExternalOpener } from '../external-open/open-external';
import { reason } from '../import/reason';
import { writeOriginalPdf } from '../originals/original-pdf-file';
import type { BridgeHost } from './bridge-host';
import { askedJustNow } from './recent-gesture';
import { failBecause, guarded, ok, parseChannelArgs } from './result';

export function shellHandlers(host: BridgeHost): Pick<InvokeHandlers, 'shell:openExternal' | 'shell:openOriginalPdf'> {
  const openExternal = createExternalOpener(host);
  return {
    'shell:openExternal': (...args) =>
      guarded<null>('Opening the link', async () => {
        const parsed = parseChannelArgs('shell:openExternal', args);
        if (!parsed.ok) return parsed;
        return openExternal(parsed.value[0]);
      }),
    // The renderer sends the PDF's bytes (the library is the renderer's: main cannot read an asset by the article's
    // id); main checks they are a PDF within the limit (the schema), writes them to a file of its own and opens it.
    'shell:openOriginalPdf': (...args) =>
      guarded<null>('Opening the original PDF', async () => {
        const parsed = parseChannelArgs('shell:openOriginalPdf', args);
        if (!parsed.ok) return parsed;
        const [bytes] = parsed.value;
        if (!askedJustNow(host.lastUserGestureAt(), Date.now())) return failBecause('forbidden', reason('originalPdfNotAsked'));
        if (!isPdfBytes(bytes)) return failBecause('invalid-argument', reason('originalPdfNotPdf'));
        const file = await writeOriginalPdf(host.storage.profileDir, bytes);
        // Electron's shell.openPath resolves to '' when the file opened, else to the system's error message.
        const problem = await host.openPath(file);
        if (problem) return failBecause('io', reason('originalPdfOpenFailed', { cause: problem }));
        return ok(null);
      }),
  };
}
