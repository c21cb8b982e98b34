/** Imports as jobs in the app: progress, cancel, the report at the end and Import history (fake bridge, real db). */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportBatch } from '../../../../../src-shared/contract';
import { App } from '../../../../../src-renderer/src/app/App';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { parsedArticle } from '../../support/parsed-article';
import { installFakeBridge, type FakeBridgeOptions } from '../../support/fake-bridge';
import { freshDb } from '../../support/render';

const FAILURES = [
  { path: '/lib/scan.pdf', reason: 'Offprint cannot import “.pdf” files.' },
  { path: '/lib/blob.txt', reason: 'The file looks binary or damaged.' },
  { path: '/lib/empty.md', reason: 'The file is empty.' },
];

function library(count: number, duplicates: number): ImportBatch {
  const articles = Array.from({ length: count }, (_, i) =>
    parsedArticle({ title: `Article ${String(i).padStart(3, '0')}`, contentHash: i < duplicates ? `sample-${i}` : `lib-${i}` }),
  );
  return { articles, failures: FAILURES };
}

const samples = (): ImportBatch => ({
  articles: [parsedArticle({ title: 'Sample A', contentHash: 'sample-0' }), parsedArticle({ title: 'Sample B', contentHash: 'sample-1' })],
  failures: [],
});

function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function start(options: FakeBridgeOptions): Promise<{ bridge: ReturnType<typeof installFakeBridge>; db: OffprintDatabase }> {
  const bridge = installFakeBridge({ sample: { ok: true, value: samples() }, chosen: ['/lib'], ...options });
  const db = freshDb();
  render(<App db={db} />);
  await waitFor(() => expect(document.body.dataset.appState).toBe('ready'));
  return { bridge, db };
}

const status = () => screen.getByRole('status', { name: 'Import status' });

describe('an import job in the app', () => {
  it('shows progress chunk by chunk, then the summary, and keeps a report of every failed file', async () => {
    const second = gate();
    const { bridge } = await start({ parse: () => library(60, 2), beforeNext: (i) => (i === 1 ? second.opened : undefined) });
    act(() => bridge.menu('import-folder'));
    await waitFor(() => expect(status().textContent).toContain('Importing… 28 of 63 · 2 updated · 3 failed'));
    const bar = within(status()).getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([28, 63]);
    expect(within(status()).getByRole('button', { name: 'Cancel import' })).toBeTruthy();
    expect(bridge.api.import.choose).toHaveBeenCalledWith('folder');
    second.open();
    await waitFor(() => expect(status().textContent).toContain('Imported 58 articles, 2 updated. 3 files could not be imported.'));
    expect(await screen.findByText('60 articles')).toBeTruthy();

    fireEvent.click(within(status()).getByRole('button', { name: 'View report' }));
    await screen.findByRole('heading', { level: 1, name: 'Import report' });
    const table = await screen.findByRole('table', { name: 'Files that could not be imported' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['File', 'Reason']);
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    // Each path relative to the folder chosen (/lib), whole in its tooltip.
    expect(rows).toEqual(FAILURES.map((f) => [f.path.replace('/lib/', ''), f.reason]));
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]?.getAttribute('title'))).toEqual(FAILURES.map((f) => f.path));
    // "Updated" names the library's articles it updated (the sample's, by their titles), with the file of each.
    const updates = screen.getByRole('table', { name: 'Articles updated' });
    const updated = within(updates).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(updated).toEqual([
      ['Sample A', 'Article 000.txt'],
      ['Sample B', 'Article 001.txt'],
    ]);
    expect(screen.getByText(/lib \(folder\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back to import history' }));
    const past = await screen.findByRole('list', { name: 'Past imports' });
    expect(within(past).getAllByRole('button').map((b) => b.textContent)).toEqual(['lib (folder)', 'Sample library']);
    fireEvent.click(screen.getByRole('button', { name: 'Back to library' }));
    await screen.findByRole('list', { name: 'Articles' });
  });

  it('cancels after the chunk being stored: only whole chunks stay, and the status says how many', async () => {
    const held = gate();
    const { bridge, db } = await start({ parse: () => library(100, 0), beforeNext: (i) => (i === 1 ? held.opened : undefined) });
    act(() => bridge.menu('import'));
    await waitFor(() => expect(status().textContent).toContain('Importing… 28 of 103'));
    fireEvent.click(within(status()).getByRole('button', { name: 'Cancel import' }));
    expect((within(status()).getByRole('button', { name: 'Cancel import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(status().textContent).toContain('Cancelling the import…');
    expect(bridge.api.import.cancel).toHaveBeenCalledWith('job-2');
    held.open();
    await waitFor(() => expect(status().textContent).toContain('Import cancelled: 25 articles imported. 3 files could not be imported.'));
    expect(await db.articles.count()).toBe(27);
    expect(await db.bodies.count()).toBe(27);

    fireEvent.click(screen.getByRole('button', { name: 'Import history' }));
    const past = await screen.findByRole('list', { name: 'Past imports' });
    expect(within(past).getAllByRole('listitem')[0]?.textContent).toContain('Import cancelled: 25 articles imported.');
  });

  it('an import that stops on an error says so, keeps what was stored, and stops the job in main', async () => {
    const { bridge, db } = await start({
      parse: () => library(60, 0),
      beforeNext: (i) => {
        if (i === 1) throw new Error('The parser went away.');
      },
    });
    act(() => bridge.menu('import'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Import failed: The parser went away. 25 articles were imported before it stopped.');
    expect(bridge.api.import.cancel).toHaveBeenCalledWith('job-2');
    expect(await db.articles.count()).toBe(27);
  });

  it('imports the files the system opens with the app', async () => {
    const { bridge } = await start({ parse: () => ({ articles: [parsedArticle({ title: 'Opened with Offprint' })], failures: [] }) });
    act(() => bridge.openFiles(['/home/me/opened.md']));
    await waitFor(() => expect(status().textContent).toContain('Imported 1 article.'));
    expect(bridge.importedSources().at(-1)).toEqual({ kind: 'paths', paths: ['/home/me/opened.md'] });
    expect(await screen.findByRole('button', { name: 'Opened with Offprint' })).toBeTruthy();
  });

  it('imports files opened one right after the other, each once (main hands over what waits, in one job or two)', async () => {
    const { bridge } = await start({
      parse: (source) => ({ articles: source.kind === 'paths' ? source.paths.map((path) => parsedArticle({ title: path })) : [], failures: [] }),
    });
    act(() => {
      bridge.openFiles(['/one.md']);
      bridge.openFiles(['/two.md']);
    });
    expect(await screen.findByRole('button', { name: '/two.md' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '/one.md' })).toBeTruthy();
    const imported = bridge.importedSources().flatMap((source) => (source.kind === 'paths' ? source.paths : []));
    expect(imported.sort()).toEqual(['/one.md', '/two.md']);
  });

  it('takes a file opened before the window existed (a cold start) once the first run is done, once', async () => {
    const bridge = installFakeBridge({ sample: { ok: true, value: samples() }, parse: () => ({ articles: [parsedArticle({ title: 'Opened early' })], failures: [] }) });
    bridge.openFiles(['/early.md']);
    render(<App db={freshDb()} />);
    expect(await screen.findByRole('button', { name: 'Opened early' })).toBeTruthy();
    await waitFor(() => expect(bridge.api.import.takeOpened).toHaveBeenCalled());
    expect(bridge.importedSources().filter((source) => source.kind === 'paths')).toEqual([{ kind: 'paths', paths: ['/early.md'] }]);
  });

  it('a cancelled dialog imports nothing', async () => {
    const { bridge } = await start({ chosen: null });
    act(() => bridge.menu('import'));
    await waitFor(() => expect(bridge.api.import.choose).toHaveBeenCalledTimes(1));
    expect(bridge.api.import.start).toHaveBeenCalledTimes(1); // the first-run sample only
    expect(status().textContent).toBe('');
  });
});
