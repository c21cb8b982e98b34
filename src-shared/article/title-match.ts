/**
 * The library's article an export names by its title and author only (Readwise's highlights of a book): the one
 * article of that title (case aside) and, when the export gives an author, that author among its
 * authors. An article with text wins over a link-only entry of the same title (an earlier import of the same
 * export); two candidates of one kind are no match, so highlights are never put on another article's words. Pure.
 */
import { authorNames } from './author-line';

export interface TitledArticle {
  title: string;
  author: string | null;
  linkOnly?: boolean;
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

function hasAuthor(article: TitledArticle, author: string): boolean {
  const wanted = fold(author);
  return authorNames(article.author).some((name) => fold(name) === wanted);
}

export function soleTitleMatch<T extends TitledArticle>(candidates: readonly T[], title: string, author: string | null): T | null {
  const wanted = fold(title);
  if (wanted === '') return null;
  const matches = candidates.filter((article) => fold(article.title) === wanted && (!author || hasAuthor(article, author)));
  const withText = matches.filter((article) => article.linkOnly !== true);
  if (withText.length === 1) return withText[0] ?? null;
  return withText.length === 0 && matches.length === 1 ? (matches[0] ?? null) : null;
}
