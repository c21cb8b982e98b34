/** Shared helpers of the importer tests: fixture paths, and importing one file that must succeed. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ParsedArticle } from '../../../../../src-shared/contract';
import { parsePaths } from '../../../../../src-main/services/import/import-sources';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../../../../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures/import');
export const SAMPLE_LIBRARY = path.join(REPO, 'resources/sample-library');

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** Imports one file and returns its article, failing the test (with the reason) when it did not import. */
export async function importOne(filePath: string): Promise<ParsedArticle> {
  const batch = await parsePaths([filePath]);
  expect(batch.failures).toEqual([]);
  expect(batch.articles).toHaveLength(1);
  return batch.articles[0] as ParsedArticle;
}

/** The body's paragraphs (blank-line separated), as the reader shows them. */
export function paragraphsOf(article: ParsedArticle): string[] {
  return article.body.content.split('\n\n');
}

/** The attributes of each `<img>` in stored HTML, whatever order the serializer wrote them in. */
export function imagesIn(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\b([^>]*)>/g)].map((tag) =>
    Object.fromEntries([...(tag[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!])),
  );
}
