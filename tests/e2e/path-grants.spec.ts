/**
 * Main reads and writes only what the person chose. A page (every article is untrusted) that calls
 * `window.offprint` itself with paths no dialog returned is refused with a clear error, and nothing is read or
 * written: the library stays as it was, and no file appears where the page asked.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

let home = '';
test.beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'offprint-grants-'));
  writeFileSync(join(home, 'diary.md'), '# Dear diary\n\nNever chosen by anyone.');
  writeFileSync(join(home, 'bank.html'), '<html><head><title>Bank</title></head><body><p>Private statement.</p></body></html>');
});
test.afterEach(() => rmSync(home, { recursive: true, force: true }));

test('a page naming files or folders to import is refused, and nothing is read', async ({ launch }) => {
  const app = await launch();
  const items = app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  const answers = await app.page.evaluate(async (paths) => {
    const start = window.offprint.import.start as (source: unknown) => Promise<unknown>;
    return [
      await start({ kind: 'paths', paths: [paths.file] }),
      await start({ kind: 'paths', paths: [paths.folder] }),
      await start({ kind: 'grant', grantId: '5b0b7f0e-2c7c-4a4e-9d7e-3f1f4f1b2a10' }),
      await start({ kind: 'grant', grantId: paths.file }),
    ];
  }, { file: join(home, 'diary.md'), folder: home });
  expect(answers[0]).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Offprint imports only what you chose'), reason: { code: 'importPathsRefused' } } });
  expect(answers[1]).toEqual(answers[0]);
  expect(answers[2]).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringContaining('choose the files again'), reason: { code: 'importChoiceExpired' } } });
  expect(answers[3]).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  await expect(items).toHaveCount(5);
  await app.page.reload();
  await expect(items).toHaveCount(5);
  await expect(app.page.getByText('Dear diary')).toHaveCount(0);
});

test('a grant from the dialog is used once: the page cannot replay it to read the files again', async ({ launch }) => {
  const app = await launch();
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  await app.chooseOnNextImport([join(home, 'diary.md')]);
  const answers = await app.page.evaluate(async () => {
    const chosen = await window.offprint.import.choose('files');
    if (!chosen.ok || !chosen.value) return { chosen };
    const source = { kind: 'grant', grantId: chosen.value.grantId } as const;
    const first = await window.offprint.import.start(source);
    if (first.ok) await window.offprint.import.cancel(first.value.jobId);
    return { chosen, first: first.ok, replay: await window.offprint.import.start(source) };
  });
  // The page learns the file's name, never its path; the grant works once.
  expect(answers.chosen).toEqual({ ok: true, value: { grantId: expect.any(String), names: ['diary.md'], mode: 'files' } });
  expect(JSON.stringify(answers.chosen)).not.toContain(home);
  expect(answers.first).toBe(true);
  expect(answers.replay).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

test('a page cannot choose where an export is written: only the save dialog’s answer counts', async ({ launch }) => {
  const app = await launch();
  await expect(app.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(5);
  const target = join(home, 'written-by-a-page.offprint');
  const notesTarget = join(home, 'notes-by-a-page.md');
  const answers = await app.page.evaluate(async ([bundle, notes]) => [
    await window.offprint.export.begin({ title: 'Everything', suggestedName: bundle }),
    await window.offprint.notes.saveExport({ format: 'markdown', suggestedName: notes, text: 'stolen' }),
  ], [target, notesTarget] as const);
  // Nobody answered a dialog: nothing is written, whatever name the page suggested.
  expect(answers).toEqual([{ ok: true, value: null }, { ok: true, value: null }]);
  expect(existsSync(target)).toBe(false);
  expect(existsSync(notesTarget)).toBe(false);
});
