import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { addNote } from '../../../../../src-renderer/src/data/notes-repo';
import { LibraryView } from '../../../../../src-renderer/src/features/library/LibraryView';
import { batchOf, parsedArticle, peoplesDaily } from '../../support/parsed-article';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;
const PD_TITLE = 'Contribution of Chinese Solution to Global Security Governance';

async function library() {
  const db = freshDb();
  const long = 'Filler words about harbours and tides. '.repeat(40);
  const { articleIds } = await store(
    db,
    batchOf(peoplesDaily(), parsedArticle({ title: 'Tide tables' }, { body: { format: 'text', content: `${long}The lighthouse keeper wrote. ${long}` } })),
  );
  const onOpen = vi.fn();
  renderWithDb(<LibraryView onOpen={onOpen} onImport={noop} onShown={noop} focusId={null} />, db);
  await screen.findByRole('list', { name: 'Articles' });
  return { db, onOpen, ids: articleIds, box: screen.getByRole('searchbox', { name: 'Search library' }) };
}

function type(box: HTMLElement, value: string) {
  fireEvent.change(box, { target: { value } });
}

describe('the library search box', () => {
  it('shows the count and the results, with the matches marked in a snippet; a result opens its article', async () => {
    const { box, onOpen, ids } = await library();
    type(box, 'safest');
    const list = await screen.findByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual([PD_TITLE]);
    expect(screen.getByText('1 result')).toBeTruthy();
    expect(within(list).getAllByText('safest').every((el) => el.tagName === 'MARK')).toBe(true);
    fireEvent.click(within(list).getByRole('button', { name: PD_TITLE }));
    expect(onOpen).toHaveBeenCalledWith(ids[0]);
  });

  it('cuts a long body around the match, with ellipses; the last word is a prefix', async () => {
    const { box } = await library();
    type(box, 'lightho');
    const list = await screen.findByRole('list', { name: 'Search results' });
    const mark = await within(list).findByText('lighthouse');
    expect(mark.tagName).toBe('MARK');
    const snippet = mark.closest('p')?.textContent ?? '';
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(260);
  });

  it('says No results, finds notes, and Escape brings the article list back', async () => {
    const { db, box, ids } = await library();
    type(box, 'wombatish');
    await screen.findByText('No results');
    expect(screen.queryByRole('list', { name: 'Articles' })).toBeNull();

    await addNote(db, ids[1] ?? '', 'Sounds wombatish to me.');
    const list = await screen.findByRole('list', { name: 'Search results' });
    expect(within(list).getByRole('button').textContent).toBe('Tide tables');
    expect((await within(list).findByText('wombatish')).tagName).toBe('MARK');

    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
    expect(await screen.findByRole('list', { name: 'Articles' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
  });
});
