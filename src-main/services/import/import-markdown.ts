/** The `.md` / `.markdown` importer: front matter as metadata, the Markdown as the body, local images as assets. */
import type { ParsedArticle } from '../../../src-shared/contract';
import { AssetCollector } from './asset-collector';
import { buildArticle } from './build-article';
import { decodeTextFile } from './decode-text';
import type { ImportSource } from './import-problem';
import { readFrontMatter } from './markdown-front-matter';
import { rewriteMarkdownImages } from './markdown-images';
import { markdownToText } from './markdown-text';
import { takeTitle } from './markdown-title';

export async function importMarkdown(source: ImportSource): Promise<ParsedArticle> {
  const { meta, content } = readFrontMatter(decodeTextFile(source.bytes));
  const titled = takeTitle(content, meta.title);
  const assets = new AssetCollector();
  const body = (await rewriteMarkdownImages(titled.content, source.assets, assets)).trim();
  return buildArticle({
    fileName: source.name,
    meta: { ...meta, title: titled.title },
    body: { format: 'markdown', content: body },
    text: markdownToText(body),
    assets: assets.assets,
  });
}
