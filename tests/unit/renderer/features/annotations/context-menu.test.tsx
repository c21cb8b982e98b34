/**
 * The reader's part in the native context menu: it tells main whether a right-click is on a selection of the
 * article, and carries out main's highlight commands on the selection as it is.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { listHighlights } from '../../../../../src-renderer/src/data/highlights-repo';
import { ArticleView } from '../../../../../src-renderer/src/features/reader/ArticleView';
import { batchOf, peoplesDaily } from '../../support/parsed-article';
import { installFakeBridge } from '../../support/fake-bridge';
import { freshDb, renderWithDb, store } from '../../support/render';

const noop = () => undefined;

// jsdom lays nothing out, so its Range has no box (the toolbar only needs one to place itself) and nothing
// scrolls (the panel scrolls the new highlight's card into view).
beforeAll(() => {
  Element.prototype.scrollIntoView ??= () => undefined;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
  Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
});
const PHRASE = 'one of the safest countries in the world';

async function openArticle() {
  const bridge = installFakeBridge();
  const db = freshDb();
  const { articleIds } = await store(db, batchOf(peoplesDaily()));
  const articleId = articleIds[0]!;
  const view = renderWithDb(<ArticleView articleId={articleId} onBack={noop} onOpen={noop} onDeleted={noop} />, db);
  const body = await waitFor(() => {
    const found = view.container.querySelector('.article-body');
    expect(found?.getAttribute('data-highlights')).toBe('ready');
    return found as HTMLElement;
  });
  return { bridge, db, articleId, body };
}

/** Selects the first occurrence of `phrase` in the body's text (within one text node). */
function select(body: HTMLElement, phrase: string): void {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(phrase) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + phrase.length);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return;
  }
  throw new Error(`"${phrase}" is not in the article`);
}

describe('the native context menu in the reader', () => {
  it('reports a right-click on selected article text, and one elsewhere, with its point', async () => {
    const { bridge, body } = await openArticle();
    select(body, PHRASE);
    fireEvent.contextMenu(body, { clientX: 140.4, clientY: 362.6 });
    expect(bridge.api.app.reportContextMenu).toHaveBeenLastCalledWith({ x: 140, y: 363, articleSelection: true });

    document.getSelection()!.removeAllRanges();
    fireEvent.contextMenu(body, { clientX: 10, clientY: 20 });
    expect(bridge.api.app.reportContextMenu).toHaveBeenLastCalledWith({ x: 10, y: 20, articleSelection: false });

    select(body, PHRASE);
    fireEvent.contextMenu(screen.getByRole('heading', { level: 1 }), { clientX: 1, clientY: 2 });
    // The selection is still the article's, wherever the click was: main matches the point, not the target.
    expect(bridge.api.app.reportContextMenu).toHaveBeenLastCalledWith({ x: 1, y: 2, articleSelection: true });
  });

  it('highlights the selection in the colour chosen in the menu', async () => {
    const { bridge, db, articleId, body } = await openArticle();
    select(body, PHRASE);
    act(() => bridge.emit('context-menu:command', { kind: 'highlight', color: 'green' }));
    await waitFor(async () => expect(await listHighlights(db, articleId)).toHaveLength(1));
    const [made] = await listHighlights(db, articleId);
    expect(made!.color).toBe('green');
    expect(made!.selectors).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: PHRASE }));
    await waitFor(() => expect(body.getAttribute('data-highlights-placed')).toBe('1'));
    expect(document.getSelection()!.isCollapsed).toBe(true);
  });

  it('Highlight with Note uses the last colour and opens its note; with nothing selected nothing happens', async () => {
    const { bridge, db, articleId, body } = await openArticle();
    act(() => bridge.emit('context-menu:command', { kind: 'highlight', color: 'pink' }));
    act(() => bridge.emit('context-menu:command', { kind: 'highlight-with-note' }));
    expect(await listHighlights(db, articleId)).toEqual([]);

    select(body, PHRASE);
    act(() => bridge.emit('context-menu:command', { kind: 'highlight', color: 'purple' }));
    await waitFor(async () => expect(await listHighlights(db, articleId)).toHaveLength(1));
    select(body, 'Connecting police for a safer world');
    act(() => bridge.emit('context-menu:command', { kind: 'highlight-with-note' }));
    const note = await screen.findByRole('textbox', { name: 'Highlight note' });
    expect(note).toBeTruthy();
    const colors = (await listHighlights(db, articleId)).map((h) => h.color);
    expect(colors).toEqual(['purple', 'purple']);
  });
});
