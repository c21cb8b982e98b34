/**
 * A link-only entry: an article the source gives no text for (Pocket's export), only its address, title, tags and
 * dates. Its body is empty and marked `linkOnly`; its content hash is its address's (so two such entries are never
 * taken for the same empty text), and the reader shows that only the link was imported. Pure.
 */
import type { ParsedArticle } from '../../../src-shared/contract';
import { cleanField, cleanTags, fitTitle } from './build-article';
import { contentHash } from './text-stats';

export interface LinkOnlyParts {
  /**
   * An http(s) address (checked by the caller), or null for an entry an export names by its title (and author) only
   * (Readwise's books): the library joins it to its one article of that title, else keeps it as it is.
   */
  url: string | null;
  author?: string | null;
  title: string | null;
  tags: readonly string[];
  /** The file the entry was listed in (`part_000000.csv`). */
  fileName: string;
}

export function linkOnlyArticle(parts: LinkOnlyParts): ParsedArticle {
  return {
    meta: {
      // Without a title the address is the name the person knows the entry by (as Pocket showed it).
      title: fitTitle(cleanField(parts.title) ?? parts.url ?? 'Untitled'),
      author: cleanField(parts.author),
      source: null,
      url: parts.url,
      publishedAt: null,
      submittedAt: null,
      language: null,
      tags: cleanTags(parts.tags),
      wordCount: 0,
      contentHash: contentHash(`link-only\u0000${parts.url ?? `title\u0000${cleanField(parts.title) ?? ''}\u0000${cleanField(parts.author) ?? ''}`}`, true),
      keywords: [],
      originalName: parts.fileName.replace(/^.*[/\\]/, ''),
      linkOnly: true,
    },
    body: { format: 'text', content: '' },
    text: '',
    assets: [],
  };
}
