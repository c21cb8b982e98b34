/**
 * The articles `pack` puts in a bundle: each article read from the folder, with the metadata overrides of its
 * row applied, an id made from its text (the same text always gets the same id, so a re-packed article is
 * recognised), and checked by the same rules as an export, so that the bundle always reads back.
 */
import path from 'node:path';
import type { ExportedArticle, ImportFailure, ParsedArticle } from '../../src-shared/contract';
import { exportedArticleSchema } from '../services/bundle/exported-article-schema';
import type { ImportOutcome } from '../services/import/import-file';
import { cleanTags } from '../services/import/build-article';
import type { MetadataOverride, MetadataRow } from './metadata-file';

export interface PackedArticles {
  articles: ExportedArticle[];
  failures: ImportFailure[];
  /** Metadata rows that name no file of the folder. */
  problems: string[];
}

function relativeName(root: string, filePath: string): string {
  return path.relative(root, filePath).split(path.sep).join('/');
}

function withOverride(article: ParsedArticle, override: MetadataOverride | undefined): ParsedArticle {
  if (!override) return article;
  // The word count does not depend on the language, and keywords are the page's own: only the fields change.
  const meta = { ...article.meta, ...override, tags: override.tags ? cleanTags(override.tags) : article.meta.tags };
  return { ...article, meta };
}

/** The row for each file: by its path relative to the folder, or by its name when no other file has that name. */
function matchRows(root: string, outcomes: readonly ImportOutcome[], rows: readonly MetadataRow[], problems: string[]) {
  const relative = outcomes.map((o) => relativeName(root, o.path));
  const byName = new Map<string, number>();
  for (const name of relative.map((r) => r.slice(r.lastIndexOf('/') + 1))) byName.set(name, (byName.get(name) ?? 0) + 1);
  const overrides = new Map<string, MetadataOverride>();
  for (const row of rows) {
    const wanted = row.file.replace(/\\/g, '/').replace(/^\.\//, '');
    const index = relative.findIndex((r) => r === wanted || (r.endsWith(`/${wanted}`) && byName.get(wanted) === 1 && !wanted.includes('/')));
    if (index < 0) problems.push(`${row.where}: no article file “${row.file}” in the folder (or more than one with that name)`);
    else overrides.set(outcomes[index]?.path ?? '', row.override);
  }
  return overrides;
}

export function packArticles(root: string, outcomes: readonly ImportOutcome[], rows: readonly MetadataRow[], now: Date): PackedArticles {
  const packed: PackedArticles = { articles: [], failures: [], problems: [] };
  const overrides = matchRows(root, outcomes, rows, packed.problems);
  const packedFrom = new Map<string, string>();
  for (const outcome of outcomes) {
    if ('failure' in outcome) {
      packed.failures.push(outcome.failure);
      continue;
    }
    const article = withOverride(outcome.article, overrides.get(outcome.path));
    const id = article.meta.contentHash.slice(0, 24);
    const twin = packedFrom.get(id);
    if (twin) {
      packed.failures.push({ path: outcome.path, reason: `it has the same text as ${twin}, which is packed once` });
      continue;
    }
    const candidate: ExportedArticle = {
      ...article,
      id,
      addedAt: now.toISOString(),
      annotations: article.annotations ?? { notes: [], highlights: [] },
    };
    const checked = exportedArticleSchema.safeParse(candidate);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      packed.failures.push({ path: outcome.path, reason: `it cannot be packed: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim() });
      continue;
    }
    packedFrom.set(id, outcome.path);
    packed.articles.push(candidate);
  }
  return packed;
}
