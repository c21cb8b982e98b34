import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, type Mock } from 'vitest';
import { installFakeBridge, ok } from '../../support/fake-bridge';
import { createCollection, addToCollection } from '../../../../../src-renderer/src/data/collections-repo';
import { LibraryView } from '../../../../../src-renderer/src/features/library/LibraryView';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

async function library() {
  const db = freshDb();
  const { articleIds } = await store(
    db,
    batchOf(
      parsedArticle({ title: 'Tide tables', tags: ['sea', 'essays'] }),
      parsedArticle({ title: 'Lighthouses', tags: ['sea'] }),
      parsedArticle({ title: 'Old maps', tags: ['history'] }),
    ),
  );
  const shelf = await createCollection(db, 'Shelf');
  await addToCollection(db, [articleIds[2]!], shelf.id);
  renderWithDb(<LibraryView onOpen={noop} onImport={noop} onShowHistory={noop} onShown={noop} focusId={null} />, db);
  await screen.findByRole('list', { name: 'Articles' });
  const nav = screen.getByRole('navigation', { name: 'Library navigation' });
  await within(nav).findByRole('button', { name: 'sea 2' });
  return nav;
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Articles' }))
    .getAllByRole('button')
    .map((b) => b.textContent)
    .sort();

describe('the library sidebar', () => {
  it('has a heading per section and every tag and collection with its count', async () => {
    const nav = await library();
    expect(within(nav).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Library', 'Collections', 'Tags']);
    expect(within(nav).getByRole('button', { name: 'All articles 3' }).getAttribute('aria-current')).toBe('true');
    expect(within(nav).getByRole('button', { name: 'Unread 3' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Shelf 1' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Import history' })).toBeTruthy();
    expect(within(nav).getAllByRole('button', { name: /^(essays 1|history 1|sea 2)$/ })).toHaveLength(3);
  });

  it('filters the list by a tag or a collection, the same filters the panel shows', async () => {
    const nav = await library();
    fireEvent.click(within(nav).getByRole('button', { name: 'sea 2' }));
    expect(await screen.findByText('2 of 3 articles')).toBeTruthy();
    expect(titles()).toEqual(['Lighthouses', 'Tide tables']);
    expect(within(nav).getByRole('button', { name: 'sea 2' }).getAttribute('aria-current')).toBe('true');
    expect(within(nav).getByRole('button', { name: 'All articles 3' }).hasAttribute('aria-current')).toBe(false);
    const panel = screen.getByRole('complementary', { name: 'Filters' });
    expect((within(panel).getByRole('checkbox', { name: /^sea/ }) as HTMLInputElement).checked).toBe(true);

    // A second filter ticked in the panel: the tag alone is no longer what is shown.
    fireEvent.click(within(panel).getByRole('checkbox', { name: /^essays/ }));
    expect(within(nav).getByRole('button', { name: 'sea 2' }).hasAttribute('aria-current')).toBe(false);

    fireEvent.click(within(nav).getByRole('button', { name: 'Shelf 1' }));
    expect(await screen.findByText('1 of 3 articles')).toBeTruthy();
    expect(titles()).toEqual(['Old maps']);
    fireEvent.click(within(nav).getByRole('button', { name: 'All articles 3' }));
    expect(titles()).toEqual(['Lighthouses', 'Old maps', 'Tide tables']);
  });

  it('is one Tab stop, the arrow keys moving within it', async () => {
    const nav = await library();
    const stops = () => [...nav.querySelectorAll('button')].filter((b) => b.tabIndex === 0);
    expect(stops().map((b) => b.textContent)).toEqual(['All articles 3']);
    stops()[0]!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Unread 3');
    expect(stops()).toEqual([document.activeElement]);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('sea 2');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('All articles 3');
  });

  it('the filter panel is one Tab stop too, from its fold toggle down through its checkboxes', async () => {
    await library();
    const panel = screen.getByRole('complementary', { name: 'Filters' });
    const toggle = within(panel).getByRole('button', { name: 'Filters' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const checkboxes = within(panel).getAllByRole('checkbox');
    expect(checkboxes.length).toBeGreaterThan(4);
    const controls = [toggle, ...checkboxes];
    expect(controls.filter((c) => c.tabIndex === 0)).toEqual([toggle]);
    toggle.focus();
    fireEvent.keyDown(toggle, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(checkboxes[0]);
    fireEvent.keyDown(checkboxes[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(checkboxes[1]);
  });

  it('the filter panel folds to its toggle, naming how many filters are on, and unfolds', async () => {
    await library();
    const panel = screen.getByRole('complementary', { name: 'Filters' });
    fireEvent.click(within(panel).getAllByRole('checkbox')[0]!);
    const toggle = within(panel).getByRole('button', { name: 'Filters' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(panel).queryAllByRole('checkbox')).toEqual([]);
    expect(panel.textContent).toContain('1 filter on');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect((within(panel).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true);
  });

  it('a right-click on a tag or a collection asks main for its menu by kind and ids; Delete… asks in the dialog', async () => {
    const bridge = installFakeBridge();
    const popup = bridge.api.app.popupSidebarMenu as unknown as Mock;
    const nav = await library();
    fireEvent.contextMenu(within(nav).getByRole('button', { name: 'All articles 3' }));
    expect(popup).not.toHaveBeenCalled();
    fireEvent.contextMenu(within(nav).getByRole('button', { name: 'sea 2' }));
    expect(popup).toHaveBeenLastCalledWith({ kind: 'tag', items: ['rename', 'merge', 'delete'] });
    // Dismissed (the fake answers null): one menu at a time, so the next waits for this one to close.
    await act(async () => {
      await popup.mock.results.at(-1)!.value;
    });
    expect(screen.queryByRole('dialog')).toBeNull();

    popup.mockResolvedValueOnce(ok('delete'));
    fireEvent.keyDown(within(nav).getByRole('button', { name: 'Shelf 1' }), { key: 'F10', shiftKey: true });
    expect(popup).toHaveBeenLastCalledWith({ kind: 'collection', items: ['rename', 'merge', 'delete'] });
    // jsdom has no showModal: the dialog stays closed there, so its question is read from the page.
    await waitFor(() => expect(document.querySelector('dialog .confirm-bar')?.textContent).toContain('Delete the collection “Shelf”? Its 1 article stays in the library.'));
    expect(within(nav).getByRole('button', { name: 'Shelf 1' })).toBeTruthy();
  });
});
