/**
 * How many images of a stored body were only on the web (never fetched, so not in the library): the import's
 * report counts them, and the reader says so once at the top of the article.
 */
import { remoteMarkdownImages } from '../../../src-shared/article/remote-images';
import type { BodyFormat } from '../../../src-shared/contract';
import type { HtmlSanitizer } from './sanitize-html';

export function remoteImageCount(format: BodyFormat, content: string, sanitizer: Pick<HtmlSanitizer, 'remoteImages'>): number {
  if (format === 'html') return sanitizer.remoteImages(content);
  if (format === 'markdown') return remoteMarkdownImages(content);
  return 0;
}
