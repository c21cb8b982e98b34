import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import type { OffprintDatabase } from '../../../../../src-renderer/src/data/database';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

/** A library of three articles; the first one open. */
async function openFirst(): Promise<{ db: OffprintDatabase; id: string; header: HTMLElement }> {
  installFakeBridge();
  const db = freshDb();
  const report = await store(db, batchOf(parsedArticle({ title: 'Open one', tags: ['history', 'to-read'], keywords: ['Rusty nails'] })));
  await store(db, batchOf(parsedArticle({ title: 'Second', tags: ['rust', 'Russia'] })));
  await store(db, batchOf(parsedArticle({ title: 'Third', tags: ['rust'] })));
  const id = report.articleIds[0]!;
  renderWithDb(<ArticleView articleId={id} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  const article = await screen.findByRole('article');
  return { db, id, header: article.querySelector('header')! };
}

const tagsOf = async (db: OffprintDatabase, id: string) => (await db.articles.get(id))?.tags;

describe('tags in the article header', () => {
  it('adds a suggested tag with the keyboard: type a prefix, ArrowDown, Enter; Escape closes', async () => {
    const { db, id, header } = await openFirst();
    fireEvent.click(within(header).getByRole('button', { name: 'Add tag' }));
    const box = within(header).getByRole('combobox', { name: 'New tag' });
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'ru' } });
    const list = within(header).getByRole('listbox', { name: 'Suggested tags' });
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['rust2', 'Russia1', 'Rusty nailskeyword']));
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[0]!.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(async () => expect(await tagsOf(db, id)).toEqual(['history', 'to-read', 'rust']));
    await within(header).findByRole('button', { name: 'Remove tag rust' });
    expect((box as HTMLInputElement).value).toBe('');

    // What is typed and matches nothing is added as it is (cleaned) with Enter.
    fireEvent.change(box, { target: { value: '  brand  new ' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(async () => expect(await tagsOf(db, id)).toEqual(['history', 'to-read', 'rust', 'brand new']));

    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(within(header).getByRole('button', { name: 'Add tag' })));
    expect(within(header).queryByRole('combobox')).toBeNull();
  });

  it('removes a tag with its ×, moves the focus on, and Undo puts it back where it was', async () => {
    const { db, id, header } = await openFirst();
    const remove = await within(header).findByRole('button', { name: 'Remove tag history' });
    await act(async () => fireEvent.click(remove));
    await waitFor(async () => expect(await tagsOf(db, id)).toEqual(['to-read']));
    expect(document.activeElement).toBe(within(header).getByRole('button', { name: 'Remove tag to-read' }));
    const status = within(header).getByRole('status');
    expect(status.textContent).toContain('Removed the tag “history”.');
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await tagsOf(db, id)).toEqual(['history', 'to-read']));
    await waitFor(() => expect(status.textContent).toBe(''));
  });
});
