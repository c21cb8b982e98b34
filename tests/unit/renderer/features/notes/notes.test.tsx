import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listNotes } from '../../../../../src-renderer/src/data/notes-repo';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

async function openNotes() {
  const bridge = installFakeBridge();
  const db = freshDb();
  const { articleIds } = await store(db, batchOf(peoplesDaily()));
  const articleId = articleIds[0]!;
  renderWithDb(<ArticleView articleId={articleId} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  const region = await screen.findByRole('region', { name: 'Notes' });
  return { db, articleId, region, bridge };
}

/** The rendered notes (the list appears with the first note). */
function noteList(region: HTMLElement) {
  return within(region).findByRole('list', { name: 'Notes on this article' });
}

/** Types a note and adds it; resolves once it is saved (the app empties the box then, ready for the next). */
async function addNote(region: HTMLElement, text: string) {
  const box = within(region).getByRole('textbox', { name: 'New note' }) as HTMLTextAreaElement;
  fireEvent.change(box, { target: { value: text } });
  fireEvent.click(within(region).getByRole('button', { name: 'Add note' }));
  await waitFor(() => expect(box.value).toBe(''));
}

describe('notes', () => {
  it('adds a Markdown note, rendered, and stored at once; Add note is disabled while empty', async () => {
    const { db, articleId, region } = await openNotes();
    const add = within(region).getByRole('button', { name: 'Add note' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    fireEvent.change(within(region).getByRole('textbox', { name: 'New note' }), { target: { value: '   ' } });
    expect(add.disabled).toBe(true);
    await addNote(region, 'A **bold** point\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    const strong = await within(await noteList(region)).findByText('bold');
    expect(strong.tagName).toBe('STRONG');
    expect(within(region).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(region).getByRole('table')).toBeTruthy();
    expect((within(region).getByRole('textbox', { name: 'New note' }) as HTMLTextAreaElement).value).toBe('');
    const stored = await listNotes(db, articleId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.body).toContain('**bold**');
  });

  it('lists notes oldest first, edits with Save and Cancel, and deletes', async () => {
    const { db, articleId, region } = await openNotes();
    await addNote(region, 'First note');
    const list = await noteList(region);
    await within(list).findByText('First note');
    await addNote(region, 'Second note');
    await within(list).findByText('Second note');
    const texts = within(list).getAllByText(/note$/).map((el) => el.textContent);
    expect(texts).toEqual(['First note', 'Second note']);

    fireEvent.click(within(region).getAllByRole('button', { name: 'Edit' })[0]!);
    const editor = within(region).getByRole('textbox', { name: 'Edit note' });
    fireEvent.change(editor, { target: { value: 'Changed _first_' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    expect(within(list).getByText('First note')).toBeTruthy();

    fireEvent.click(within(region).getAllByRole('button', { name: 'Edit' })[0]!);
    fireEvent.change(within(region).getByRole('textbox', { name: 'Edit note' }), { target: { value: 'Changed _first_' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Save' }));
    expect((await within(list).findByText('first')).tagName).toBe('EM');
    await within(list).findByText(/edited/);
    expect((await listNotes(db, articleId))[0]!.body).toBe('Changed _first_');

    fireEvent.click(within(region).getAllByRole('button', { name: 'Delete' })[1]!);
    await waitFor(() => expect(within(list).queryByText('Second note')).toBeNull());
    expect(await listNotes(db, articleId)).toHaveLength(1);
  });

  it('never renders raw HTML from a note', async () => {
    const { region } = await openNotes();
    await addNote(region, 'Before <script>window.__pwned = 1</script> <img src="x" onerror="window.__pwned = 2"> after\n\n<b>raw</b>');
    const list = await noteList(region);
    await within(list).findByText(/Before/);
    expect(list.querySelector('script, img, b, [onerror]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('opens http(s) links in a note through the bridge and follows no other link', async () => {
    const { region, bridge } = await openNotes();
    await addNote(region, '[site](https://example.org/page) and [bad](javascript:alert(1))');
    const site = await within(await noteList(region)).findByRole('link', { name: 'site' });
    const click = fireEvent.click(site);
    expect(click).toBe(false);
    expect(bridge.api.shell.openExternal).toHaveBeenCalledWith('https://example.org/page');
    const bad = within(region).getByText('bad');
    expect(bad.closest('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
    fireEvent.click(bad);
    expect(bridge.api.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('a middle-click on a link in a note goes to the bridge like a click', async () => {
    const { region, bridge } = await openNotes();
    await addNote(region, '[site](https://example.org/middle)');
    const site = await within(await noteList(region)).findByRole('link', { name: 'site' });
    expect(fireEvent(site, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    expect(bridge.api.shell.openExternal).toHaveBeenCalledWith('https://example.org/middle');
  });
});
