/**
 * A rehype plugin for a long Markdown body: its top-level blocks in sections (body-sections.ts), each a div of
 * BODY_SECTION_CLASS whose estimated height (until it is first laid out) is set from its text.
 */
import type { Options } from 'react-markdown';
import { BODY_SECTION_CLASS, canStartSection, groupBlocks, sectionEstimateEm } from './body-sections';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textLength(node: HastNode): number {
  if (node.type === 'text') return node.value?.length ?? 0;
  return (node.children ?? []).reduce((sum, child) => sum + textLength(child), 0);
}

function sectionsOfTree(tree: HastNode): void {
  const children = tree.children ?? [];
  let previous = '';
  const blocks = children.map((node) => {
    const canStart = node.type === 'element' && canStartSection(node.tagName ?? '', previous);
    if (node.type === 'element') previous = node.tagName ?? '';
    return { chars: textLength(node), canStart };
  });
  tree.children = groupBlocks(blocks).map(([first, end]): HastNode => {
    const chars = blocks.slice(first, end).reduce((sum, block) => sum + block.chars, 0);
    const elements = children.slice(first, end).filter((node) => node.type === 'element').length;
    return {
      type: 'element',
      tagName: 'div',
      properties: {
        className: [BODY_SECTION_CLASS],
        style: `--section-estimate: ${sectionEstimateEm(chars, elements)}em`,
      },
      children: children.slice(first, end),
    };
  });
}

export const MARKDOWN_SECTIONS: NonNullable<Options['rehypePlugins']> = [() => sectionsOfTree];
