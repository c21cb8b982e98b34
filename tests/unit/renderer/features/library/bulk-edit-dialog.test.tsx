import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BulkEditDialog } from '../../../../../src-renderer/src/features/library/BulkEditDialog';
import { OfferUndoContext, type UndoOffer } from '../../../../../src-renderer/src/ui/UndoNotice';
import { batchOf, parsedArticle } from '../../support/parsed-article';
import { freshDb, renderWithDb, store } from '../../support/render';

async function selection() {
  const db = freshDb();
  const { articleIds } = await store(
    db,
    batchOf(
      parsedArticle({ title: 'Rivers', author: 'Follow Author', tags: ['water', 'maps'], contentHash: 'rivers' }),
      parsedArticle({ title: 'Bridges', author: 'By Bo Chen', tags: ['water'], contentHash: 'bridges' }),
    ),
  );
  const before = await db.articles.toArray();
  const offers: UndoOffer[] = [];
  let closed = 0;
  renderWithDb(
    <OfferUndoContext.Provider value={(offer) => offers.push(offer)}>
      <BulkEditDialog articleIds={articleIds} onClose={() => (closed += 1)} returnFocus={() => undefined} />
    </OfferUndoContext.Provider>,
    db,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Edit details of 2 articles' });
  return { db, articleIds, before, offers, dialog, closed: () => closed };
}

describe('Edit details for a selection', () => {
  it('lists the selection’s tags with their counts, sets the author on both, takes a tag off, and offers Undo', async () => {
    const { db, before, offers, dialog, closed } = await selection();
    const water = await within(dialog).findByRole('checkbox', { name: '\u2068water\u2069 (2)' });
    expect(within(dialog).getByRole('checkbox', { name: '\u2068maps\u2069 (1)' })).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Authors' }), { target: { value: 'Bo Chen; Ada Lindqvist' } });
    fireEvent.click(water);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed()).toBe(1));
    expect((await db.articles.orderBy('title').toArray()).map((a) => [a.title, a.author, a.tags, a.editedFields])).toEqual([
      ['Bridges', 'Bo Chen, Ada Lindqvist', [], ['author']],
      ['Rivers', 'Bo Chen, Ada Lindqvist', ['maps'], ['author']],
    ]);
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ label: 'Details changed', message: 'Changed the details of 2 articles.' });
    await offers[0]!.undo();
    expect(await db.articles.toArray()).toEqual(before);
  });

  it('says so when nothing is filled in, and a wrong tag under its field, saving nothing', async () => {
    const { db, before, offers, dialog, closed } = await selection();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Nothing to change: fill in a field, or choose tags to add or remove.');
    const add = within(dialog).getByRole('textbox', { name: 'Add tags' });
    fireEvent.change(add, { target: { value: `fine, ${'long'.repeat(20)}` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(add.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('A tag can have at most 64 characters.').id).toBe(add.getAttribute('aria-describedby')?.split(' ').pop());
    expect(within(dialog).getByRole('alert').textContent).toBe('Nothing was saved: correct the fields marked below.');
    expect(await db.articles.toArray()).toEqual(before);
    expect(offers).toHaveLength(0);
    expect(closed()).toBe(0);
  });
});
