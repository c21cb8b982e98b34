import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../../../../src-shared/contract';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { batchOf, parsedArticle, pngBytes } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

async function openBody(body: ArticleBody) {
  const bridge = installFakeBridge();
  const db = freshDb();
  const article = parsedArticle({ title: 'Pictures' }, { body, assets: [{ name: 'chart.png', mediaType: 'image/png', bytes: pngBytes() }] });
  const { articleIds } = await store(db, batchOf(article));
  const view = renderWithDb(<ArticleView articleId={articleIds[0]!} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  const el = await screen.findByTestId('article-body');
  await waitFor(() => expect(el.dataset.bodyState).toBe('ready'));
  return { el, bridge, view };
}

function expectNoRemoteImage(el: HTMLElement) {
  for (const img of Array.from(el.querySelectorAll('img'))) expect(img.getAttribute('src') ?? '').toMatch(/^blob:/);
}

describe('images and links in article bodies', () => {
  it('markdown: asset: images get blob URLs (revoked on close), remote ones become placeholders', async () => {
    const { el, view } = await openBody({
      format: 'markdown',
      content: '# Title\n\n![A chart](asset:chart.png)\n\n![Remote photo](https://example.com/photo.jpg)\n\n![Missing](asset:nope.png)\n\n<img src="https://example.com/x.png">',
    });
    const img = within(el).getByRole('img', { name: 'A chart' });
    expect(img.tagName).toBe('IMG');
    expect(img.getAttribute('src')).toMatch(/^blob:offprint-test\/\d+-image\/png$/);
    const remote = within(el).getByRole('img', { name: 'Remote photo' });
    expect(remote.tagName).toBe('SPAN');
    expect(remote.className).toBe('image-placeholder');
    expect(within(el).getByRole('img', { name: 'Missing' }).tagName).toBe('SPAN');
    expectNoRemoteImage(el);
    expect(el.querySelectorAll('img')).toHaveLength(1);
    view.unmount();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith(img.getAttribute('src'));
  });

  it('html: sanitized again, asset images resolved, remote images placeholders, nothing executable', async () => {
    const { el } = await openBody({
      format: 'html',
      content:
        '<h2>Section</h2><p>Text <a href="https://example.org/more">more</a> <a href="#note">local</a></p>' +
        '<img src="asset:chart.png" alt="A chart"><img alt="Remote photo" data-offprint-remote-src="https://example.com/p.jpg">' +
        '<img src="https://tracker.example/pixel.gif" alt="Pixel"><img src="x" onerror="window.__pwned=1">' +
        '<script>window.__pwned=2</script><iframe src="https://example.com"></iframe><p style="color:red" onclick="x()">Styled</p>',
    });
    expect(within(el).getByRole('heading', { name: 'Section' })).toBeTruthy();
    expect(within(el).getByRole('img', { name: 'A chart' }).getAttribute('src')).toMatch(/^blob:/);
    expect(within(el).getByRole('img', { name: 'Remote photo' }).tagName).toBe('SPAN');
    expect(within(el).getByRole('img', { name: 'Pixel' }).tagName).toBe('SPAN');
    expectNoRemoteImage(el);
    expect(el.querySelector('script, iframe, [onerror], [onclick], [style]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links: http(s) and mailto go to main to be opened, other links are text, nothing navigates', async () => {
    const { el, bridge } = await openBody({
      format: 'markdown',
      content: 'See [the site](https://example.org/x), [mail](mailto:a@example.org), [here](#top) and [chat](irc://irc.example.org/x).',
    });
    expect(fireEvent.click(within(el).getByRole('link', { name: 'the site' }))).toBe(false);
    expect(bridge.api.shell.openExternal).toHaveBeenCalledWith('https://example.org/x');
    expect(fireEvent.click(within(el).getByRole('link', { name: 'mail' }))).toBe(false);
    expect(bridge.api.shell.openExternal).toHaveBeenLastCalledWith('mailto:a@example.org');
    expect(within(el).queryByRole('link', { name: 'here' })).toBeNull();
    expect(within(el).getByText('chat').getAttribute('title')).toBe('irc://irc.example.org/x');
    fireEvent.click(within(el).getByText('chat'));
    expect(bridge.api.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('links: a middle-click opens like a click, a right-click does not', async () => {
    const { el, bridge } = await openBody({ format: 'markdown', content: 'See [the site](https://example.org/x).' });
    const link = within(el).getByRole('link', { name: 'the site' });
    expect(fireEvent(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 2 }))).toBe(false);
    expect(bridge.api.shell.openExternal).not.toHaveBeenCalled();
    expect(fireEvent(link, new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    expect(bridge.api.shell.openExternal).toHaveBeenCalledWith('https://example.org/x');
  });
});
