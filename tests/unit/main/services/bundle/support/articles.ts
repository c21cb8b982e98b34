/** ExportedArticles for tests: what the renderer sends when it exports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedArticle } from '../../../../../../src-shared/contract';

export const PNG = new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/e2e/images/square.png')));
export const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>');

export function exportedArticle(id: string, overrides: Partial<ExportedArticle> = {}): ExportedArticle {
  return {
    id,
    addedAt: '2024-04-30T10:00:00.000Z',
    meta: {
      title: `Field notes ${id}`,
      author: 'Ada Reader',
      source: 'The Quarterly',
      url: `https://example.org/articles/${id}`,
      publishedAt: '2017-09-28',
      submittedAt: '2017-09-29',
      language: 'en',
      tags: ['field work', 'notes'],
      wordCount: 0,
      contentHash: '0'.repeat(64),
      keywords: [],
      originalName: `${id}.md`,
    },
    body: { format: 'markdown', content: `# Heading\n\nA paragraph about rivers and **bridges**.\n\n![A square](asset:square.png)` },
    text: '',
    assets: [{ name: 'square.png', mediaType: 'image/png', bytes: PNG }],
    annotations: {
      notes: [{ id: `note-${id}`, body: 'Check the *bridge* figures.', createdAt: '2024-05-01T08:00:00.000Z', updatedAt: '2024-05-02T08:00:00.000Z' }],
      highlights: [
        {
          id: `hl-${id}`,
          color: 'yellow',
          selectors: [{ type: 'TextQuoteSelector', exact: 'rivers' }],
          note: null,
          createdAt: '2024-05-01T08:00:00.000Z',
        },
      ],
    },
    ...overrides,
  };
}
