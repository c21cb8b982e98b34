import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setZoomPercent } from '../../../../../src-renderer/src/data/settings-repo';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

async function openAt(percent?: number) {
  installFakeBridge();
  const db = freshDb();
  if (percent !== undefined) await setZoomPercent(db, percent);
  const { articleIds } = await store(db, batchOf(peoplesDaily()));
  renderWithDb(<ArticleView articleId={articleIds[0]!} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  await screen.findByRole('article');
  const level = screen.getByRole('status', { name: 'Text size' });
  if (percent !== undefined) await waitFor(() => expect(level.textContent).toBe(`${percent}%`));
  return { db, level, body: screen.getByTestId('article-body') };
}

describe('font zoom', () => {
  it('starts at 100 % with an 18px body', async () => {
    const { level, body } = await openAt();
    expect(level.textContent).toBe('100%');
    expect(body.style.fontSize).toBe('18px');
  });

  it('Zoom In and Zoom Out change the level and the font size of the body, and the level is stored', async () => {
    const { db, level, body } = await openAt();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom In' }));
    await waitFor(() => expect(level.textContent).toBe('110%'));
    expect(body.style.fontSize).toBe('19.8px');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom In' }));
    await waitFor(() => expect(level.textContent).toBe('120%'));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom Out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom Out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom Out' }));
    await waitFor(() => expect(level.textContent).toBe('90%'));
    expect(body.style.fontSize).toBe('16.2px');
    expect((await db.settings.get('reader.zoomPercent'))?.value).toBe(90);
    fireEvent.click(screen.getByRole('button', { name: 'Actual Size' }));
    await waitFor(() => expect(level.textContent).toBe('100%'));
  });

  it('restores the stored level and stops at 300 %', async () => {
    const { level, body } = await openAt(300);
    expect(body.style.fontSize).toBe('54px');
    const zoomIn = screen.getByRole('button', { name: 'Zoom In' });
    expect(zoomIn.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(zoomIn);
    fireEvent.click(zoomIn);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(level.textContent).toBe('300%');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom Out' }));
    await waitFor(() => expect(level.textContent).toBe('290%'));
  });

  it('stops at 50 %', async () => {
    const { level, body } = await openAt(60);
    const zoomOut = screen.getByRole('button', { name: 'Zoom Out' });
    fireEvent.click(zoomOut);
    await waitFor(() => expect(level.textContent).toBe('50%'));
    expect(body.style.fontSize).toBe('9px');
    expect(zoomOut.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(zoomOut);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(level.textContent).toBe('50%');
  });
});
