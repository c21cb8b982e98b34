import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitize } from './support';

const FRACTION =
  '<p>The roots are <math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo>' +
  '<msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math>.</p>';

/** The sanitized HTML parsed again, as the reader's DOM would hold it. */
function parsed(html: string): Document {
  return new JSDOM(`<body>${sanitize(html)}</body>`).window.document;
}

describe('the sanitizer keeps MathML and nothing hostile in it', () => {
  it('keeps a fraction whole: <math> in the MathML namespace, numerator and denominator in order', () => {
    const doc = parsed(FRACTION);
    const math = doc.querySelector('math');
    expect(math?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
    expect(math?.getAttribute('display')).toBe('block');
    const fraction = doc.querySelector('mfrac');
    expect([...(fraction?.children ?? [])].map((part) => part.textContent)).toEqual(['−b±b2−4ac', '2a']);
    expect(sanitize.visibleText(sanitize(FRACTION))).toBe('The roots are x=−b±b2−4ac2a.');
  });

  it('keeps the formula of a <semantics> wrapper and drops its TeX annotation', () => {
    const html =
      '<p><math><semantics><mrow><msup><mi>e</mi><mi>x</mi></msup></mrow>' +
      '<annotation encoding="application/x-tex">e^{x}</annotation></semantics></math></p>';
    const doc = parsed(html);
    expect(doc.querySelector('msup')?.textContent).toBe('ex');
    expect(doc.querySelector('math')?.textContent).toBe('ex');
    expect(doc.querySelector('annotation')).toBeNull();
  });

  it('removes links, scripts, handlers and styles from maths', () => {
    const hostile =
      '<math href="javascript:alert(1)" onclick="alert(2)" style="color:red" mathcolor="white">' +
      '<maction actiontype="statusline" xlink:href="javascript:alert(3)"><mi xlink:href="https://evil.example/">x</mi><mtext>click</mtext></maction>' +
      '<mi href="https://evil.example/">y</mi><script>alert(4)</script>' +
      '<mtext><img src="x" onerror="alert(5)"></mtext><annotation-xml encoding="text/html"><a href="javascript:alert(6)">z</a></annotation-xml></math>';
    const clean = sanitize(hostile);
    expect(clean).not.toMatch(/javascript|alert|evil|href|onclick|onerror|style|mathcolor|<script|maction|annotation/i);
    const doc = parsed(hostile);
    expect(doc.querySelector('math')?.textContent).toBe('xclicky');
    for (const element of doc.querySelectorAll('math, math *:not(img)')) expect(element.getAttributeNames()).toEqual([]);
    // An image inside <mtext> is an image like any other: never loaded, its address kept aside.
    expect(doc.querySelector('mtext img')?.getAttributeNames()).toEqual(['data-offprint-remote-src']);
  });

  it('still keeps web links on <a> (the href rule is only for everything else)', () => {
    expect(parsed('<p><a href="https://example.org/">a link</a> and <math><mi>x</mi></math></p>').querySelector('a')?.getAttribute('href')).toBe(
      'https://example.org/',
    );
  });
});
