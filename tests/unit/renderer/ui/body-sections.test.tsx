import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextBody } from '../../../../src-renderer/src/features/reader/TextBody';
import { canStartSection, groupBlocks, sectionEstimateEm, sectionHtml, textBefore } from '../../../../src-renderer/src/ui/body-sections';
import { MarkdownText } from '../../../../src-renderer/src/ui/MarkdownText';

const paragraph = (n: number) => `Paragraph ${n} ${'word '.repeat(300)}`.trim();

/** Each section's blocks, by tag name. */
function shapes(root: Element): string[][] {
  return [...root.querySelectorAll(':scope > .body-section')].map((s) => [...s.children].map((c) => c.tagName.toLowerCase()));
}

describe('a long body in sections', () => {
  it('closes a section once it holds the target, at the next block that may start one', () => {
    const blocks = [
      { chars: 60, canStart: true },
      { chars: 50, canStart: true },
      { chars: 10, canStart: false }, // a heading: never the first of a section
      { chars: 70, canStart: true },
      { chars: 80, canStart: true },
    ];
    expect(groupBlocks(blocks, 100)).toEqual([[0, 3], [3, 5]]);
    expect(groupBlocks(blocks, 50)).toEqual([[0, 1], [1, 3], [3, 4], [4, 5]]);
    expect(groupBlocks(blocks, 1000)).toEqual([[0, 5]]);
    expect(groupBlocks([], 100)).toEqual([]);
  });

  it('starts sections only at blocks without a top margin (never a heading), and never just after a heading', () => {
    expect(['P', 'ul', 'OL', 'blockquote', 'pre', 'table', 'figure'].every((tag) => canStartSection(tag, 'p'))).toBe(true);
    expect(['h1', 'H2', 'h3', 'hr', 'div', 'img'].some((tag) => canStartSection(tag, 'p'))).toBe(false);
    expect(canStartSection('p', 'H2')).toBe(false);
  });

  it('estimates a section from its text: more text, a taller section', () => {
    expect(sectionEstimateEm(7000, 10)).toBe(170);
    expect(sectionEstimateEm(700, 1)).toBeLessThan(sectionEstimateEm(7000, 1));
  });

  it('wraps a Markdown body, every block kept in order, each heading with the text after it', () => {
    const text = Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? `## Chapter ${i / 10 + 1}\n\n${paragraph(i)}` : paragraph(i))).join('\n\n');
    const { container } = render(<MarkdownText text={text} sectioned />);
    const sections = shapes(container);
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.flat()).toEqual(Array.from({ length: 30 }, (_, i) => (i % 10 === 0 ? ['h2', 'p'] : ['p'])).flat());
    for (const section of sections) expect(section[section.length - 1]).toBe('p');
    // A heading never ends a section: it stays with its text.
    expect(container.querySelector<HTMLElement>('.body-section')!.style.getPropertyValue('--section-estimate')).toMatch(/^\d+em$/);
    // Not asked: the blocks as they are.
    expect(shapes(render(<MarkdownText text={text} />).container)).toEqual([]);
  });

  it('wraps a plain-text body and an HTML body below its wrappers, the text unchanged', () => {
    const text = Array.from({ length: 20 }, (_, i) => paragraph(i)).join('\n\n');
    const { container } = render(<TextBody content={text} sectioned />);
    expect(shapes(container).flat()).toHaveLength(20);
    expect(shapes(container).length).toBeGreaterThan(3);

    const template = document.createElement('template');
    template.innerHTML = `<div class="page"><div><h2>A</h2>${Array.from({ length: 20 }, (_, i) => `<p>${paragraph(i)}</p>`).join('')}</div></div>`;
    const before = template.content.textContent;
    sectionHtml(template.content);
    const inner = template.content.querySelector('.page > div')!;
    expect(shapes(inner).flat()).toEqual(['h2', ...Array.from({ length: 20 }, () => 'p')]);
    expect(shapes(inner).length).toBeGreaterThan(3);
    expect(template.content.textContent).toBe(before);
  });

  it('counts the text before a node over every text node, as the reading place does', () => {
    document.body.innerHTML = '<div id="root"><p>ab<em>cd</em></p>\n<p id="second">ef</p></div>';
    const root = document.getElementById('root')!;
    expect(textBefore(root, document.getElementById('second')!)).toBe(5);
  });
});
