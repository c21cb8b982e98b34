import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsNamed, hasText } from '../../../../../src-main/services/import/dom-walk';
import { parseHtmlDocument } from '../../../../../src-main/services/import/html-dom';

const PAGE = `<!doctype html><!-- saved --><html><head><title>T</title></head><body>
  <div id="blank"> \u00a0\u3000\n<span>\t</span><!-- a comment --><br></div>
  <div id="late"><span> </span><b><i> </i>x</b></div>
  <section id="nbsp">\u2003\u202f</section>
  <template><p>in a template</p></template>
  <p>One</p><div><p>Two <P>deep</P></p></div><pre>three</pre>
</body></html>`;

const linkedomPage = (): Document => parseHtmlDocument(PAGE);
const jsdomPage = (): Document => new JSDOM(PAGE).window.document;

describe.each([
  ['linkedom (its node list)', linkedomPage],
  ['another DOM (the public tree)', jsdomPage],
])('DOM walks on %s', (_dom, load) => {
  it('hasText says what textContent.trim() says, for every element', () => {
    const doc = load();
    const elements = [...doc.querySelectorAll('*')];
    expect(elements.map((element) => hasText(element))).toEqual(elements.map((element) => (element.textContent ?? '').trim() !== ''));
    expect(hasText(doc.getElementById('blank')!)).toBe(false);
    expect(hasText(doc.getElementById('late')!)).toBe(true);
  });

  it('elementsNamed finds what querySelectorAll finds, in the same order', () => {
    const doc = load();
    for (const root of [doc, doc.body, doc.querySelector('div:not([id])')!]) {
      for (const names of [['p'], ['p', 'pre'], ['div', 'section', 'template'], ['h1']]) {
        expect(elementsNamed(root, new Set(names))).toEqual([...root.querySelectorAll(names.join(','))]);
      }
    }
  });

  it('elementsNamed finds an element created with an upper-case name', () => {
    const doc = load();
    doc.body.append(doc.createElement('P'));
    expect(elementsNamed(doc.body, new Set(['p']))).toHaveLength(doc.querySelectorAll('p').length);
  });
});
