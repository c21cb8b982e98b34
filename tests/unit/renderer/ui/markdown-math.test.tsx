import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from '../../../../src-renderer/src/ui/MarkdownText';

/** The text a reader sees of the rendered Markdown, paragraph by paragraph, and whether any emphasis was made. */
function shown(markdown: string): { paragraphs: string[]; emphasis: number } {
  const { container } = render(<MarkdownText text={markdown} />);
  return {
    paragraphs: [...container.querySelectorAll('p')].map((p) => p.textContent ?? ''),
    emphasis: container.querySelectorAll('em, strong').length,
  };
}

describe('MarkdownText keeps TeX as the text it is written in', () => {
  it('keeps $…$ and \\(…\\) whole: no emphasis from * or _, no escapes eaten', () => {
    const text = 'When $a*b*c \\neq 0$ and \\(x_1^{*} + x_2^{*}\\), the set $\\{x \\mid x > 0\\}$ holds.';
    expect(shown(text)).toEqual({ paragraphs: [text], emphasis: 0 });
  });

  it('keeps a $$ block and a \\[ … \\] block, with the \\\\ of a matrix', () => {
    const block = '$$\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$';
    expect(shown(block).paragraphs).toEqual(['$$\n\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}\n$$']);
    expect(shown('\\[\n\\frac{a_1}{b_1} = *c*\n\\]').paragraphs).toEqual(['\\[\n\\frac{a_1}{b_1} = *c*\n\\]']);
  });

  it('leaves money, code and ordinary Markdown alone', () => {
    expect(shown('It costs $5 and $10, *really*.')).toEqual({ paragraphs: ['It costs $5 and $10, really.'], emphasis: 1 });
    const { container } = render(<MarkdownText text={'Code `$a*b*$` and\n\n```\n$x_1$\n```'} />);
    expect([...container.querySelectorAll('code')].map((code) => code.textContent)).toEqual(['$a*b*$', '$x_1$\n']);
  });
});
