/** The `.txt` importer: a saved page (or plain text) as an article whose body is its paragraphs. */
import type { ParsedArticle } from '../../../src-shared/contract';
import { buildArticle } from './build-article';
import { decodeTextFile } from './decode-text';
import type { ImportSource } from './import-problem';
import { parseTextPage } from './text-page';

export async function importTextPage(source: ImportSource): Promise<ParsedArticle> {
  const page = parseTextPage(decodeTextFile(source.bytes));
  const content = page.paragraphs.join('\n\n');
  return buildArticle({
    fileName: source.name,
    meta: {
      title: page.title,
      author: page.author ?? null,
      source: page.source ?? null,
      url: page.url ?? null,
      publishedAt: page.publishedAt ?? null,
      submittedAt: page.submittedAt ?? null,
      tags: page.tags ?? [],
    },
    body: { format: 'text', content },
    text: content,
  });
}
