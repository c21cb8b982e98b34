/**
 * The link-only entries of the library (their export had no text), as what Download article text asks main for:
 * each entry's id and the web address stored for it. Entries without an http(s) address are left out (there is
 * nothing to download).
 */
import { isWebAddress } from '../../../src-shared/article/url-policy';
import type { LinkToDownload } from '../../../src-shared/contract';
import type { ArticleRecord, OffprintDatabase } from './database';

function toLink(article: ArticleRecord | undefined): LinkToDownload[] {
  return article?.linkOnly === true && isWebAddress(article.url) ? [{ id: article.id, url: article.url }] : [];
}

/** These articles' links, for those of them that are link-only entries; every link-only entry when `ids` is null. */
export async function linkOnlyLinks(db: OffprintDatabase, ids: readonly string[] | null): Promise<LinkToDownload[]> {
  if (ids) return (await db.articles.bulkGet([...ids])).flatMap(toLink);
  return (await db.articles.filter((article) => article.linkOnly === true).toArray()).flatMap(toLink);
}

/** How many link-only entries with a web address the library has (the "every entry" command names it). */
export function countLinkOnly(db: OffprintDatabase): Promise<number> {
  return db.articles.filter((article) => article.linkOnly === true && isWebAddress(article.url)).count();
}
