import { describe, expect, it } from 'vitest';
import { importHtml } from '../../../../../src-main/services/import/import-html';
import { NO_ASSETS } from '../../../../../src-main/services/import/asset-source';

const PAGE = `<!doctype html><html lang="en"><head><title>The quadratic formula</title></head><body><article><h1>The quadratic formula</h1>
<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions to <math><mi>a</mi><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mi>b</mi><mi>x</mi><mo>+</mo><mi>c</mi><mo>=</mo><mn>0</mn></math> and they are</p>
<p><math display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi><mo>±</mo><msqrt><msup><mi>b</mi><mn>2</mn></msup><mo>−</mo><mn>4</mn><mi>a</mi><mi>c</mi></msqrt></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></p>
<p>That is the formula every student learns, and the text around it is long enough for the reading view to keep it as the article.</p>
<p>A second paragraph of ordinary prose follows, so that Readability has more than one paragraph to weigh.</p>
</article></body></html>`;

describe('HTML import keeps MathML', () => {
  it('keeps <math> with its fraction in the body and its characters in the text', async () => {
    const article = await importHtml({ name: 'quadratic.html', path: 'quadratic.html', bytes: new TextEncoder().encode(PAGE), assets: NO_ASSETS });
    expect(article.body.content).toContain('<mfrac><mrow><mo>−</mo><mi>b</mi>');
    expect(article.body.content).toContain('<math display="block">');
    expect(article.text).toMatch(/^When a≠0, there are two solutions to ax2\+bx\+c=0 and they are\n/);
  });
});
