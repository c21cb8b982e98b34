/**
 * shell:openOriginalPdf: main writes the PDF it is given to a file of its own (named by the bytes' hash, in the
 * profile's Originals folder) and opens that file; bytes that are not a PDF, too large, or sent without a person's
 * click are refused without writing; the viewer's failure comes back as the reason the reader shows.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { createBridgeHandlers } from '../../../../../src-main/services/bridge-handlers';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { COMMAND_GESTURE_MS } from '../../../../../src-main/services/handlers/recent-gesture';
import { MAX_ORIGINAL_PDF_BYTES } from '../../../../../src-shared/article/original-pdf';
import { NO_LINK_HOST } from '../support/link-host';
import { NO_RESTORE_HOST } from '../support/restore-host';
import { TEST_STORAGE } from '../support/storage-host';
import { makePdf } from '../import/pdf-writer';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setUp(options: { gestureAt?: number; problem?: string } = {}) {
  const profileDir = mkdtempSync(join(tmpdir(), 'offprint-originals-'));
  dirs.push(profileDir);
  const opened: string[] = [];
  const host: BridgeHost = {
    chooseImportPaths: async () => null,
    chooseExportPath: async () => null,
    ...NO_LINK_HOST,
    lastUserGestureAt: () => options.gestureAt ?? Date.now(),
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    openPath: async (file) => {
      opened.push(file);
      return options.problem ?? '';
    },
    storage: { ...TEST_STORAGE, profileDir },
    openExternal: async () => undefined,
    sampleLibraryDir: profileDir,
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux' },
  };
  return { handlers: createBridgeHandlers(host), opened, profileDir };
}

const pdf = makePdf([[{ x: 72, top: 100, size: 12, text: 'The original, as it was printed.' }]]);

describe('shell:openOriginalPdf', () => {
  it('writes the same bytes to a file main names in the profile’s Originals folder, and opens that file', async () => {
    const { handlers, opened, profileDir } = setUp();
    expect(await handlers['shell:openOriginalPdf'](pdf)).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(1);
    const [file = ''] = opened;
    expect(dirname(file)).toBe(join(profileDir, 'Originals'));
    expect(file).toMatch(/[/\\][0-9a-f]{32}\.pdf$/);
    expect(new Uint8Array(readFileSync(file))).toEqual(pdf);
    // The same PDF again is the same file, and nothing half-written is left beside it.
    expect(await handlers['shell:openOriginalPdf'](pdf)).toEqual({ ok: true, value: null });
    expect(opened[1]).toBe(file);
    expect(readdirSync(dirname(file))).toEqual([file.slice(dirname(file).length + 1)]);
  });

  it('refuses what is not a PDF, an empty or too large one, and anything but bytes, writing nothing', async () => {
    const { handlers, opened, profileDir } = setUp();
    const html = new TextEncoder().encode('<html>not a pdf</html>');
    expect(await handlers['shell:openOriginalPdf'](html)).toMatchObject({ ok: false, error: { code: 'invalid-argument', reason: { code: 'originalPdfNotPdf' } } });
    expect(await handlers['shell:openOriginalPdf'](new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const huge = new Uint8Array(MAX_ORIGINAL_PDF_BYTES + 1);
    huge.set(pdf.subarray(0, 8));
    expect(await handlers['shell:openOriginalPdf'](huge)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await handlers['shell:openOriginalPdf']('/etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(opened).toEqual([]);
    expect(existsSync(join(profileDir, 'Originals'))).toBe(false);
  });

  it('opens nothing that no person asked for just now', async () => {
    const { handlers, opened } = setUp({ gestureAt: Date.now() - COMMAND_GESTURE_MS - 1000 });
    expect(await handlers['shell:openOriginalPdf'](pdf)).toMatchObject({ ok: false, error: { code: 'forbidden', reason: { code: 'originalPdfNotAsked' } } });
    expect(opened).toEqual([]);
  });

  it('gives back the system’s message when the viewer cannot open the file', async () => {
    const { handlers } = setUp({ problem: 'Failed to open path' });
    expect(await handlers['shell:openOriginalPdf'](pdf)).toMatchObject({
      ok: false,
      error: { code: 'io', message: 'The original PDF could not be opened: Failed to open path', reason: { code: 'originalPdfOpenFailed', params: { cause: 'Failed to open path' } } },
    });
  });
});
