/** The text highlights are anchored against, built from the body's DOM, and its map back to DOM ranges. */
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../../../src-renderer/src/features/annotations/highlighting/text-map';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('buildTextMap', () => {
  it('collapses white space as the page shows it, "\\n\\n" between blocks, "\\n" for a line break, none at the edges', () => {
    const root = body('\n  <h2> The  title </h2>\n<p>One <em>two</em>\n three.<br>Four</p><ul><li>a</li><li> b </li></ul><pre>x  y\n z</pre>');
    expect(buildTextMap(root).text).toBe('The title\n\nOne two three.\nFour\n\na\n\nb\n\nx  y\n z');
  });

  it('maps offsets to a DOM range over exactly those characters, across elements, and back', () => {
    const root = body('<p>The <strong>quick brown</strong> fox</p><p>jumps   over</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('The quick brown fox\n\njumps over');
    const start = map.text.indexOf('brown');
    const end = map.text.indexOf('jumps') + 'jumps'.length;
    const range = map.toRange(start, end)!;
    expect(range.toString()).toBe('brown foxjumps');
    expect(map.fromRange(range)).toEqual({ start, end });
    // The collapsed space between "jumps" and "over" maps to the first space of the run.
    const over = map.toRange(map.text.indexOf('jumps'), map.text.length)!;
    expect(over.toString()).toBe('jumps   over');
  });

  it('trims white space at the edges of a selected range and clips a range reaching outside the body', () => {
    const root = body('<p>alpha beta gamma</p>');
    const outside = document.createElement('p');
    outside.textContent = 'outside';
    document.body.append(outside);
    const map = buildTextMap(root);
    const text = root.querySelector('p')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 5); // " beta "
    range.setEnd(outside.firstChild!, 3);
    expect(map.fromRange(range)).toEqual({ start: 6, end: 16 });
    expect(map.toRange(6, 16)!.toString()).toBe('beta gamma');
  });

  it('returns null for ranges outside the text', () => {
    const map = buildTextMap(body('<p>short</p>'));
    expect(map.toRange(0, 0)).toBeNull();
    expect(map.toRange(2, 99)).toBeNull();
    expect(map.toRange(-1, 3)).toBeNull();
  });

  it('is the same text for the same body, whatever its styles', () => {
    const root = body('<p style="white-space: pre">a   b</p><div hidden>hidden but text</div><span aria-hidden="true">icon</span>');
    expect(buildTextMap(root).text).toBe('a b\n\nhidden but text');
  });

  it('maps Chinese text character for character', () => {
    const root = body('<p>全球安全<b>治理</b>的中国方案</p>');
    const map = buildTextMap(root);
    const at = map.text.indexOf('治理的中国');
    expect(map.toRange(at, at + 5)!.toString()).toBe('治理的中国');
  });
});
