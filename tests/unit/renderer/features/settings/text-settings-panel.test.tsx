import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { DbProvider } from '../../../../../src-renderer/src/data/db-context';
import { AppTheme } from '../../../../../src-renderer/src/features/settings/AppTheme';
import { markRead } from '../../../../../src-renderer/src/data/reading-position-store';
import { getTextSettings } from '../../../../../src-renderer/src/features/settings/text-settings-store';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';
import { chooseOption } from '../../support/select';

const noop = () => undefined;

async function open() {
  installFakeBridge();
  const db = freshDb();
  const { articleIds } = await store(db, batchOf(peoplesDaily()));
  const id = articleIds[0]!;
  const reader = <ArticleView articleId={id} onBack={noop} onOpen={noop} onDeleted={noop} />;
  const view = renderWithDb(
    <>
      <AppTheme db={db} />
      {reader}
    </>,
    db,
  );
  const article = await screen.findByRole('article');
  return { db, id, article, view };
}

afterEach(() => {
  delete document.documentElement.dataset['theme'];
});

describe('text settings in the reader', () => {
  it('the panel opens from its button and its choices are stored and applied', async () => {
    const { db, article } = await open();
    const button = screen.getByRole('button', { name: 'Text settings' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('dialog', { name: 'Text settings' });
    fireEvent.click(within(panel).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'));
    chooseOption(within(panel).getByRole('combobox', { name: 'Column width' }), 'Wide');
    await waitFor(() => expect(article.style.getPropertyValue('--reader-measure')).toBe('46em'));
    expect(await getTextSettings(db)).toMatchObject({ theme: 'dark', columnWidth: 'wide' });
  });

  it('the theme stays on the whole app after leaving the reader, and goes with the app', async () => {
    const { db, view } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'Text settings' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('sepia'));
    // The same tree with the reader gone, as when the app goes back to the library.
    view.rerender(
      <DbProvider db={db}>
        <AppTheme db={db} />
        {null}
      </DbProvider>,
    );
    expect(screen.queryByRole('article')).toBeNull();
    expect(document.documentElement.dataset['theme']).toBe('sepia');
    view.unmount();
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });

  it('shows "Read" in the header once the article was read to the end', async () => {
    const { db, id, article } = await open();
    expect(within(article).queryByText('Read')).toBeNull();
    await markRead(db, id);
    expect(await within(article).findByText('Read')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Reading progress' })).toBeTruthy();
  });
});
