import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { batchOf, parsedArticle, peoplesDaily } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

async function openArticle(article = peoplesDaily()) {
  installFakeBridge();
  const db = freshDb();
  const report = await store(db, batchOf(article));
  const id = report.articleIds[0]!;
  renderWithDb(<ArticleView articleId={id} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  return screen.findByRole('article');
}

describe('the article header', () => {
  it("shows the saved page's metadata and no author line when the author is null", async () => {
    const article = await openArticle();
    const header = article.querySelector('header')!;
    expect(within(article).getByRole('heading', { level: 1 }).textContent).toBe(
      'Contribution of Chinese Solution to Global Security Governance',
    );
    expect(within(header).queryByText(/author/i)).toBeNull();
    expect(within(header).getByText("People's Daily")).toBeTruthy();
    expect(within(header).getByText('Published')).toBeTruthy();
    expect(header.querySelector('time[datetime="2017-09-28"]')?.textContent).toMatch(/2017/);
    expect(within(header).getByText('Submitted')).toBeTruthy();
    expect(header.querySelector('time[datetime="2017-10-23"]')).not.toBeNull();
    expect(within(header).getByText(/812 words · 4 min read/)).toBeTruthy();
    expect(within(header).getByText('English')).toBeTruthy();
    expect(article.getAttribute('lang')).toBe('en');
  });

  it('shows the author, tags and original link when the article has them', async () => {
    const article = await openArticle(
      parsedArticle({ title: 'With author', author: 'Ada Lovelace', tags: ['history', 'math'], url: 'https://example.org/a' }),
    );
    const header = article.querySelector('header')!;
    expect(within(header).getByText('Author')).toBeTruthy();
    expect(within(header).getByText('Ada Lovelace')).toBeTruthy();
    expect(within(header).getByText('history')).toBeTruthy();
    expect(within(header).getByRole('link', { name: 'https://example.org/a' })).toBeTruthy();
  });

  it("lists the page's keywords on their own line, apart from the tags", async () => {
    const article = await openArticle(parsedArticle({ title: 'With keywords', tags: ['to-read'], keywords: ['Oceans', 'New Zealand'] }));
    const header = article.querySelector('header')!;
    const keywords = within(header).getByRole('list', { name: 'Keywords' });
    expect([...keywords.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Oceans', 'New Zealand']);
    expect(within(header).getByText('to-read').closest('ul')).not.toBe(keywords);
  });

  it('shows no keyword line when the page gave none', async () => {
    const article = await openArticle(parsedArticle({ title: 'No keywords', keywords: [] }));
    expect(within(article.querySelector('header')!).queryByText('Keywords')).toBeNull();
  });

  it('renders a text body as one paragraph per blank-line-separated block', async () => {
    const article = await openArticle();
    const body = await screen.findByTestId('article-body');
    await within(body).findByText(/safest countries/);
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(article.contains(body)).toBe(true);
  });
});
