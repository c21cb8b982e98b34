/** Parsed articles as the importer hands them over, for renderer tests (node and jsdom). */
import type { ArticleMeta, ImportBatch, ParsedArticle } from '../../../../src-shared/contract';

let counter = 0;

export function parsedArticle(
  meta: Partial<ArticleMeta> = {},
  rest: Partial<Omit<ParsedArticle, 'meta'>> = {},
): ParsedArticle {
  counter += 1;
  const title = meta.title ?? `Article ${counter}`;
  const content = rest.body?.content ?? `The text of ${title}.\n\nA second paragraph.`;
  return {
    meta: {
      title,
      author: null,
      source: null,
      url: null,
      publishedAt: null,
      submittedAt: null,
      language: 'en',
      tags: [],
      wordCount: 9,
      contentHash: `hash-${counter}-${title}`,
      keywords: [],
      originalName: `${title}.txt`,
      ...meta,
    },
    body: rest.body ?? { format: 'text', content },
    text: rest.text ?? content,
    assets: rest.assets ?? [],
    ...(rest.annotations ? { annotations: rest.annotations } : {}),
  };
}

/** The saved People's Daily page as the text importer reads it. */
export function peoplesDaily(): ParsedArticle {
  return parsedArticle(
    {
      title: 'Contribution of Chinese Solution to Global Security Governance',
      author: null,
      source: "People's Daily",
      publishedAt: '2017-09-28',
      submittedAt: '2017-10-23',
      language: 'en',
      wordCount: 812,
      contentHash: 'sha-peoples-daily',
      keywords: ['security', 'governance', 'police', 'cooperation', 'china'],
      originalName: 'peoples-daily-2017-global-security-governance.txt',
    },
    {
      body: {
        format: 'text',
        content:
          'China is known as one of the safest countries in the world.\n\n"Connecting police for a safer world" is the theme of this assembly.',
      },
    },
  );
}

export function batchOf(...articles: ParsedArticle[]): ImportBatch {
  return { articles, failures: [] };
}

/** A tiny PNG's bytes (any bytes do: nothing decodes them in tests). */
export function pngBytes(): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
}
