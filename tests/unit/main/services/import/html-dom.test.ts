import { describe, expect, it } from 'vitest';
import { parseHtmlDocument, parseHtmlFragment } from '../../../../../src-main/services/import/html-dom';

describe('the DOM main parses pages into (linkedom)', () => {
  it.each([
    ['no <html>, <head> or <body> tags', '<title>Five</title><p>Text of five.</p>', 'Five', '<p>Text of five.</p>'],
    ['only content', '<p>Only text</p>', '', '<p>Only text</p>'],
    ['a doctype and a body tag but no <html>', '<!doctype html><title>x</title><body><p>a</p>', 'x', '<p>a</p>'],
    ['content inside <head>', '<!DOCTYPE html><html><head><title>t</title><p>early</p></head><body><p>b</p></body></html>', 't', '<p>early</p><p>b</p>'],
    ['text after </html>', '<html><head><title>t</title></head><body><p>a</p></body></html> trailing &lt;b&gt;', 't', '<p>a</p> trailing &lt;b&gt;'],
  ])('places what a browser would for a page with %s', (_what, html, title, body) => {
    const doc = parseHtmlDocument(html);
    expect(doc.title).toBe(title);
    expect(doc.body.innerHTML).toBe(body);
  });

  it('keeps the <html> element’s language when it adds the missing body', () => {
    const doc = parseHtmlDocument('<html lang="ja"><head><title>t</title></head><p>本文</p></html>');
    expect(doc.documentElement.getAttribute('lang')).toBe('ja');
    expect(doc.body.textContent).toBe('本文');
  });

  it('leaves a complete page as written, and lower-cases the element names scripts create', () => {
    const doc = parseHtmlDocument('<!doctype html><html lang="en"><head><title>T</title></head><body><p>ok</p></body></html>');
    expect(doc.body.innerHTML).toBe('<p>ok</p>');
    expect(doc.createElement('DIV').outerHTML).toBe('<div></div>');
  });

  it('resolves links against the address it is read at, or the page’s own <base href>', () => {
    expect(parseHtmlDocument('<p>x</p>', 'file:///offline/').baseURI).toBe('file:///offline/');
    const based = parseHtmlDocument('<html><head><base href="https://example.org/news/"></head><body><p>x</p></body></html>', 'file:///offline/');
    expect(based.baseURI).toBe('https://example.org/news/');
    expect(based.documentURI).toBe('file:///offline/');
  });

  it('runs no script and loads nothing: a page’s script and handlers stay inert text in the tree', () => {
    const marker = globalThis as unknown as { __offprintRan?: boolean };
    const doc = parseHtmlDocument('<html><body><script>globalThis.__offprintRan = true</script><img src="x" onerror="globalThis.__offprintRan = true"></body></html>');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(marker.__offprintRan).toBeUndefined();
  });

  it('parses a stored body fragment inside a div', () => {
    expect(parseHtmlFragment('<p>One</p><p>Two</p>').children).toHaveLength(2);
  });
});
