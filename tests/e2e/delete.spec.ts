/** Deleting an article removes it with its notes; Undo brings it back whole, notes included. */
import { expect, test } from './fixtures';
import { SAMPLE_TITLE, openArticle, chooseFromMore } from './support/reader';

test('delete an article, then undo', async ({ launch }) => {
  const { page } = await launch();
  const items = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
  await expect(items).toHaveCount(5);
  await openArticle(page, SAMPLE_TITLE);
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByRole('textbox', { name: 'New note' }).fill('Still here after undo.');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByRole('listitem')).toHaveCount(1);

  await chooseFromMore(page, 'Delete article');
  await expect(items).toHaveCount(4);
  const notice = page.getByRole('status', { name: 'Deleted article' });
  await expect(notice).toContainText(`Deleted “${SAMPLE_TITLE}”.`);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: SAMPLE_TITLE })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(5);
  await expect(notice).toHaveCount(0);
  await openArticle(page, SAMPLE_TITLE);
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('listitem')).toHaveText([/Still here after undo\./]);
});
