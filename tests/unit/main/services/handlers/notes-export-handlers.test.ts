/** notes:saveExport: bad input is refused with a plain reason; a chosen path gets the whole text and its extension. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeHost } from '../../../../../src-main/services/bridge-handlers';
import { createBridgeHandlers } from '../../../../../src-main/services/bridge-handlers';
import { OpenedFiles } from '../../../../../src-main/services/grants/opened-files';
import { NO_LINK_HOST } from '../support/link-host';
import { NO_RESTORE_HOST } from '../support/restore-host';
import { TEST_STORAGE } from '../support/storage-host';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'offprint-notes-export-'));
  dirs.push(dir);
  return dir;
}

function handlersChoosing(chosen: string | null) {
  const chooseExportPath = vi.fn<BridgeHost['chooseExportPath']>(async () => chosen);
  const handlers = createBridgeHandlers({
    chooseImportPaths: async () => null,
    chooseExportPath,
    ...NO_LINK_HOST,
    openedFiles: new OpenedFiles(),
    ...NO_RESTORE_HOST,
    storage: TEST_STORAGE,
    openExternal: async () => undefined,
    sampleLibraryDir: '/nowhere',
    importWorkerScript: null,
    appInfo: { name: 'Offprint', version: '0.0.0', platform: 'linux' },
  });
  return { save: handlers['notes:saveExport'], chooseExportPath };
}

const GOOD = { format: 'markdown', suggestedName: 'Notes on “Rivers”', text: '---\ntitle: "Rivers"\n---\n' };

describe('notes:saveExport', () => {
  it.each([
    ['no argument', []],
    ['a string instead of a request', ['notes.md']],
    ['an unknown format', [{ ...GOOD, format: 'pdf' }]],
    ['an empty name', [{ ...GOOD, suggestedName: '   ' }]],
    ['text that is not text', [{ ...GOOD, text: 42 }]],
    ['an unknown field (a path chosen by the renderer)', [{ ...GOOD, path: '/etc/passwd' }]],
    ['an extra argument', [GOOD, 'more']],
  ])('refuses %s, without asking where to save', async (_what, args) => {
    const { save, chooseExportPath } = handlersChoosing('/tmp/never.md');
    const result = await save(...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(chooseExportPath).not.toHaveBeenCalled();
  });

  it('asks with a safe file name and the format, and writes the text with the extension added', async () => {
    const dir = workDir();
    const { save, chooseExportPath } = handlersChoosing(join(dir, 'rivers'));
    const result = await save({ ...GOOD, suggestedName: 'a/b: "c"' });
    expect(chooseExportPath).toHaveBeenCalledWith('a-b- -c-.md', 'markdown');
    expect(result).toEqual({ ok: true, value: { path: join(dir, 'rivers.md') } });
    expect(readFileSync(join(dir, 'rivers.md'), 'utf8')).toBe(GOOD.text);
    expect(readdirSync(dir)).toEqual(['rivers.md']);
  });

  it('keeps a .jsonld name as it is, and replaces an existing file whole', async () => {
    const dir = workDir();
    const path = join(dir, 'library.jsonld');
    const { save } = handlersChoosing(path);
    await save({ format: 'json-ld', suggestedName: 'x', text: 'first, longer text' });
    expect(await save({ format: 'json-ld', suggestedName: 'x', text: '{}' })).toEqual({ ok: true, value: { path } });
    expect(readFileSync(path, 'utf8')).toBe('{}');
    expect(readdirSync(dir)).toEqual(['library.jsonld']);
  });

  it('answers null when the dialog is cancelled, and writes nothing', async () => {
    const { save } = handlersChoosing(null);
    expect(await save(GOOD)).toEqual({ ok: true, value: null });
  });

  it('says plainly when the folder does not exist, and leaves no partial file', async () => {
    const dir = workDir();
    const { save } = handlersChoosing(join(dir, 'gone', 'notes.md'));
    const result = await save(GOOD);
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!result.ok) expect(result.error.message).toContain('The folder does not exist');
    expect(readdirSync(dir)).toEqual([]);
  });
});
