/**
 * The `.md` / `.markdown` importer: front matter as metadata (the date from a Jekyll/Hugo post's file name when it
 * has none), the Markdown without its template syntax as the body, local images as assets.
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { AssetCollector } from './asset-collector';
import { buildArticle } from './build-article';
import { decodeTextFile } from './decode-text';
import type { ImportSource } from './import-problem';
import { readFrontMatter } from './markdown-front-matter';
import { rewriteMarkdownImages } from './markdown-images';
import { markdownToText } from './markdown-text';
import { takeTitle } from './markdown-title';
import { dateFromFileName } from './file-name-date';
import { sourceName } from './site-name';
import { fieldWithoutTemplateSyntax, withoutTemplateSyntax } from './template-syntax';

export async function importMarkdown(source: ImportSource): Promise<ParsedArticle> {
  const { meta, content } = readFrontMatter(decodeTextFile(source.bytes));
  const titled = takeTitle(withoutTemplateSyntax(content), fieldWithoutTemplateSyntax(meta.title));
  const assets = new AssetCollector();
  const body = (await rewriteMarkdownImages(titled.content, source.assets, assets)).trim();
  return buildArticle({
    fileName: source.name,
    meta: {
      ...meta,
      title: fieldWithoutTemplateSyntax(titled.title),
      source: sourceName(meta.source),
      publishedAt: meta.publishedAt ?? dateFromFileName(source.path || source.name),
    },
    body: { format: 'markdown', content: body },
    text: markdownToText(body),
    assets: assets.assets,
  });
}
