import { describe, expect, it, vi } from 'vitest';
import { parseFiles } from '../../../../../src-main/services/import/import-sources';

vi.mock('../../../../../src-main/services/import/import-markdown', () => ({
  importMarkdown: async () => {
    throw new Error('Unexpected token in the parser\n    at parse (internal.js:1:1)');
  },
}));

describe('an importer that fails unexpectedly', () => {
  it('becomes a failure naming the format and the first line of the error, never a throw or a stack trace', async () => {
    const batch = await parseFiles([
      { name: 'broken.md', bytes: new TextEncoder().encode('# Title') },
      { name: 'fine.txt', bytes: new TextEncoder().encode('Fine\n\nA fine page.') },
    ]);
    expect(batch.failures).toMatchObject([{ path: 'broken.md', reason: 'The file could not be read as Markdown: Unexpected token in the parser.' }]);
    expect(batch.articles.map((article) => article.meta.title)).toEqual(['Fine']);
  });
});
