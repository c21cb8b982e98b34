/** The `.txt` importer: a saved page (or plain text) as an article whose body is its paragraphs. */
import { authorLine } from '../../../src-shared/article/author-line';
import type { ParsedArticle } from '../../../src-shared/contract';
import { authorNamesIn } from './author-names';
import { buildArticle } from './build-article';
import { decodeTextFile } from './decode-text';
import type { ImportSource } from './import-problem';
import { sourceName } from './site-name';
import { parseTextPage } from './text-page';

export async function importTextPage(source: ImportSource): Promise<ParsedArticle> {
  const page = parseTextPage(decodeTextFile(source.bytes));
  const content = page.paragraphs.join('\n\n');
  const siteName = sourceName(page.source);
  return buildArticle({
    fileName: source.name,
    meta: {
      title: page.title,
      author: authorLine(authorNamesIn(page.author, siteName)),
      source: siteName,
      url: page.url ?? null,
      publishedAt: page.publishedAt ?? null,
      submittedAt: page.submittedAt ?? null,
      tags: page.tags ?? [],
      keywords: page.keywords ?? [],
    },
    body: { format: 'text', content },
    text: content,
  });
}
