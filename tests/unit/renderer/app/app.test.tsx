import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../src-renderer/src/app/App';
import { listArticles } from '../../../../src-renderer/src/data/articles-repo';
import { getZoomPercent, isFirstRunDone } from '../../../../src-renderer/src/data/settings-repo';
import { batchOf, parsedArticle, peoplesDaily } from '../support/parsed-article';
import { installFakeBridge } from '../support/fake-bridge';
import { freshDb } from '../support/render';

function sampleBatch() {
  return batchOf(
    peoplesDaily(),
    parsedArticle(
      { title: 'Police cooperation', source: "People's Daily", keywords: ['police', 'cooperation'] },
      { body: { format: 'text', content: 'Police cooperation is part of global security governance, for a safer world.' } },
    ),
    parsedArticle(
      { title: 'Unrelated gardening', keywords: ['tomato'] },
      { body: { format: 'text', content: 'Tomatoes ripen late in a cold summer.' } },
    ),
  );
}

async function ready() {
  await waitFor(() => expect(document.body.dataset.appState).toBe('ready'));
}

describe('the app', () => {
  it('fills an empty library from the sample library on first run, then says ready', async () => {
    const bridge = installFakeBridge({ sample: { ok: true, value: sampleBatch() } });
    const db = freshDb();
    render(<App db={db} />);
    await ready();
    expect(bridge.api.import.start).toHaveBeenCalledTimes(1);
    expect(bridge.api.import.start).toHaveBeenCalledWith({ kind: 'sample' });
    expect(await isFirstRunDone(db)).toBe(true);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Library' })).toBeTruthy();
    const list = within(main).getByRole('list', { name: 'Articles' });
    const names = within(list).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Contribution of Chinese Solution to Global Security Governance', 'Police cooperation', 'Unrelated gardening']);
    expect(list.querySelector('time[datetime="2017-09-28"]')).not.toBeNull();
    expect(within(list).getAllByText("People's Daily")).toHaveLength(2);
  });

  it('does not import the samples again on the next start', async () => {
    const first = installFakeBridge({ sample: { ok: true, value: sampleBatch() } });
    const db = freshDb();
    const view = render(<App db={db} />);
    await ready();
    view.unmount();
    delete document.body.dataset.appState;
    const second = installFakeBridge({ sample: { ok: true, value: sampleBatch() } });
    render(<App db={db} />);
    await ready();
    expect(first.api.import.start).toHaveBeenCalledTimes(1);
    expect(second.api.import.start).not.toHaveBeenCalled();
    expect(await listArticles(db)).toHaveLength(3);
  });

  it('shows a first-run failure as an alert and reports the error state', async () => {
    installFakeBridge({ sample: { ok: false, error: { code: 'io', message: 'The samples folder is missing.' } } });
    const db = freshDb();
    render(<App db={db} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The samples folder is missing.');
    await waitFor(() => expect(document.body.dataset.appState).toBe('error'));
    expect(await isFirstRunDone(db)).toBe(false);
  });

  it('opens an article, goes to a related one, and returns with Escape and Back to library', async () => {
    installFakeBridge({ sample: { ok: true, value: sampleBatch() } });
    render(<App db={freshDb()} />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Contribution of Chinese Solution to Global Security Governance' }));
    const related = await screen.findByRole('region', { name: 'Related Articles' });
    const item = await within(related).findByRole('button', { name: 'Police cooperation' });
    expect(within(related).getByText("Shares: global, governance, security · Same source: People's Daily")).toBeTruthy();
    expect(within(related).queryByText('Unrelated gardening')).toBeNull();
    fireEvent.click(item);
    await screen.findByRole('heading', { level: 1, name: 'Police cooperation' });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await screen.findByRole('heading', { level: 1, name: 'Library' });
    fireEvent.click(await screen.findByRole('button', { name: 'Unrelated gardening' }));
    await screen.findByRole('heading', { level: 1, name: 'Unrelated gardening' });
    expect(await screen.findByText('No related articles in your library yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to library' }));
    await screen.findByRole('list', { name: 'Articles' });
  });

  it('the context menu’s Search the Library fills the search box, from an article or from the library', async () => {
    const bridge = installFakeBridge({ sample: { ok: true, value: sampleBatch() } });
    render(<App db={freshDb()} />);
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Police cooperation' }));
    await screen.findByRole('heading', { level: 1, name: 'Police cooperation' });
    act(() => bridge.emit('context-menu:command', { kind: 'search-library', text: 'safer world' }));
    const box = (await screen.findByRole('searchbox', { name: 'Search library' })) as HTMLInputElement;
    expect(box.value).toBe('safer world');
    const results = await screen.findByRole('list', { name: 'Search results' });
    expect(within(results).getByRole('button', { name: 'Police cooperation' })).toBeTruthy();

    act(() => bridge.emit('context-menu:command', { kind: 'search-library', text: 'Tomatoes' }));
    await waitFor(() => expect(box.value).toBe('Tomatoes'));
    expect(await within(results).findByRole('button', { name: 'Unrelated gardening' })).toBeTruthy();
  });

  it('carries out the menu commands: zoom and File → Import…', async () => {
    const bridge = installFakeBridge({ chosen: ['/home/me/chosen.md'], parse: () => batchOf(parsedArticle({ title: 'Chosen file' })) });
    const db = freshDb();
    render(<App db={db} />);
    await ready();
    act(() => bridge.menu('zoom-in'));
    await waitFor(async () => expect(await getZoomPercent(db)).toBe(110));
    act(() => bridge.menu('zoom-reset'));
    await waitFor(async () => expect(await getZoomPercent(db)).toBe(100));
    act(() => bridge.menu('import'));
    const status = screen.getByRole('status', { name: 'Import status' });
    await waitFor(() => expect(status.textContent).toContain('Imported 1 article.'));
    expect(bridge.api.import.choose).toHaveBeenCalledWith('files');
    expect(bridge.api.import.start).toHaveBeenLastCalledWith({ kind: 'grant', grantId: 'grant-1' });
    expect(bridge.importedSources().at(-1)).toEqual({ kind: 'paths', paths: ['/home/me/chosen.md'] });
    expect(await screen.findByRole('button', { name: 'Chosen file' })).toBeTruthy();
  });

  it('imports dropped files by path, or by bytes when they have none, and reports failures', async () => {
    const parsed = {
      articles: [parsedArticle({ title: 'Dropped one' })],
      failures: [{ path: '/home/me/broken.pdf', reason: 'PDF files are not supported yet.' }],
    };
    const parsedFiles = batchOf(parsedArticle({ title: 'Dropped two' }));
    const bridge = installFakeBridge({
      parse: (source) => (source.kind === 'paths' ? parsed : parsedFiles),
      pathForFile: (file) => (file.name === 'on-disk.md' ? '/home/me/on-disk.md' : ''),
    });
    render(<App db={freshDb()} />);
    await ready();
    const files = [new File(['# On disk'], 'on-disk.md'), new File(['plain text'], 'no-path.txt')];
    fireEvent.dragEnter(document, { dataTransfer: { types: ['Files'], files } });
    expect(screen.getByTestId('drop-overlay')).toBeTruthy();
    fireEvent.drop(document, { dataTransfer: { types: ['Files'], files } });
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    const status = screen.getByRole('status', { name: 'Import status' });
    await waitFor(() => expect(status.textContent).toContain('Imported 2 articles.'));
    expect(status.textContent).toContain('1 file could not be imported: broken.pdf — PDF files are not supported yet.');
    expect(await screen.findByRole('button', { name: 'Dropped two' })).toBeTruthy();
    const sources = bridge.importedSources();
    expect(sources).toContainEqual({ kind: 'paths', paths: ['/home/me/on-disk.md'] });
    const bytes = sources.find((source) => source.kind === 'files');
    if (bytes?.kind !== 'files') throw new Error('the file without a path was not sent as bytes');
    const sent = bytes.files;
    expect(sent.map((f) => f.name)).toEqual(['no-path.txt']);
    expect(new TextDecoder().decode(sent[0]!.bytes)).toBe('plain text');
  });

  it('shows the Import… button in the library and an import error as an alert', async () => {
    const bridge = installFakeBridge();
    bridge.api.import.choose = async () => ({ ok: false, error: { code: 'io', message: 'The disk is not readable.' } });
    render(<App db={freshDb()} />);
    await ready();
    expect(screen.getByText(/Your library is empty/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Import failed: The disk is not readable.');
  });
});
