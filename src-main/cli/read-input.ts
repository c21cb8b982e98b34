/** What the app's import would make of a path, split into articles and failures, paths shown as the user gave them. */
import path from 'node:path';
import type { ImportFailure, ParsedArticle } from '../../src-shared/contract';
import type { BundleManifest } from '../services/bundle/manifest';
import { readPath } from '../services/bundle/read-path';
import { type CliIo, shownPath } from './cli-io';

export interface CliInput {
  articles: { path: string; article: ParsedArticle }[];
  failures: ImportFailure[];
  bundles: { path: string; manifest: BundleManifest }[];
}

export async function readInput(given: string, io: CliIo): Promise<CliInput> {
  const reading = await readPath(path.resolve(io.cwd, given));
  const input: CliInput = { articles: [], failures: [], bundles: reading.bundles };
  for (const outcome of reading.outcomes) {
    if ('article' in outcome) input.articles.push({ path: shownPath(io, outcome.path), article: outcome.article });
    else input.failures.push({ path: shownPath(io, outcome.failure.path), reason: outcome.failure.reason });
  }
  return input;
}
