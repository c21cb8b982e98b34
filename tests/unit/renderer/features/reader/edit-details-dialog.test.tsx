import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftOf } from '../../../../../src-shared/article/article-details';
import { saveArticleDetails } from '../../../../../src-renderer/src/data/article-details-repo';
import { getArticle } from '../../../../../src-renderer/src/data/articles-repo';
import { EditDetailsDialog } from '../../../../../src-renderer/src/features/reader/EditDetailsDialog';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { freshDb, renderWithDb, store } from '../../support/render';

async function editedArticle() {
  const db = freshDb();
  const id = (await store(db, batchOf(peoplesDaily()))).articleIds[0]!;
  const article = (await getArticle(db, id))!;
  await saveArticleDetails(db, id, { ...draftOf(article), publishedAt: '2017-09-29', language: 'en-GB', source: '', author: 'Zhang San' });
  return { db, article: (await getArticle(db, id))! };
}

describe('the Edit details dialog', () => {
  it('shows what the file says under each corrected field: its date and language by name, or that it gives none', async () => {
    const { db, article } = await editedArticle();
    let closed = 0;
    renderWithDb(<EditDetailsDialog article={article} onClose={() => (closed += 1)} />, db);
    const dialog = await screen.findByRole('dialog', { name: 'Edit details' });
    expect(within(dialog).getByLabelText('Published')).toHaveProperty('value', '2017-09-29');
    expect(within(dialog).getByTestId('from-file-publishedAt').textContent).toMatch(/^From the file: \u2068.*2017.*\u2069$/);
    expect(within(dialog).getByTestId('from-file-language').textContent).toBe('From the file: \u2068English\u2069');
    expect(within(dialog).getByTestId('from-file-source').textContent).toBe('From the file: \u2068People\'s Daily\u2069');
    expect(within(dialog).getByTestId('from-file-author').textContent).toBe('The file gives none.');
    expect(within(dialog).queryByTestId('from-file-title')).toBeNull();
    expect(within(dialog).getByRole('combobox', { name: 'Language' }).textContent).toBe('British English (en-GB)');
    expect(closed).toBe(0);
  });

  it('marks an empty title with its error and saves nothing', async () => {
    const { db, article } = await editedArticle();
    renderWithDb(<EditDetailsDialog article={article} onClose={() => undefined} />, db);
    const dialog = await screen.findByRole('dialog', { name: 'Edit details' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Enter a title.').id).toBe(title.getAttribute('aria-describedby')?.split(' ').pop());
    expect(within(dialog).getByRole('alert').textContent).toBe('Nothing was saved: correct the fields marked below.');
    expect(await getArticle(db, article.id)).toEqual(article);
    // Typing again clears the field's error.
    fireEvent.change(title, { target: { value: 'A title' } });
    expect(title.getAttribute('aria-invalid')).toBeNull();
  });
});
