/**
 * `offprint-bundle pack <folder> -o <file.offprint> [--metadata meta.csv|meta.json] [--title T] [--creator C]`:
 * a bundle from a folder of articles, read by the app's importers. Problems with the metadata file stop it before
 * anything is written; files that cannot be imported are listed and left out (exit 1), the others are packed.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { BundleWriter } from '../services/bundle/bundle-writer';
import { readPath } from '../services/bundle/read-path';
import { writeErrorReason } from '../services/bundle/write-error-reason';
import { formatSize } from '../services/import/import-problem';
import { failureLine, plural } from './article-report';
import { type CliIo, EXIT, shownPath } from './cli-io';
import { readMetadataFile, type MetadataRow } from './metadata-file';
import { packArticles } from './pack-articles';

export interface PackOptions {
  output: string;
  metadata?: string | undefined;
  title?: string | undefined;
  creator?: string | undefined;
}

export async function packCommand(folder: string, options: PackOptions, io: CliIo): Promise<number> {
  const root = path.resolve(io.cwd, folder);
  const output = path.resolve(io.cwd, options.output);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    io.stderr(`${folder}: ${info ? 'is not a folder' : 'no such folder'}; pack makes a bundle from a folder of articles.\n`);
    return EXIT.problems;
  }
  let rows: MetadataRow[] = [];
  if (options.metadata) {
    const metadata = await readMetadataFile(path.resolve(io.cwd, options.metadata), options.metadata);
    if (!metadata.ok) {
      io.stderr(`${metadata.problems.join('\n')}\nNothing was written.\n`);
      return EXIT.problems;
    }
    rows = metadata.rows;
  }
  const { outcomes } = await readPath(root);
  const packed = packArticles(root, outcomes, rows, new Date());
  if (packed.problems.length > 0) {
    io.stderr(`${packed.problems.join('\n')}\nNothing was written.\n`);
    return EXIT.problems;
  }
  if (packed.articles.length === 0) {
    io.stderr(`${[...packed.failures.map((f) => failureLine({ ...f, path: shownPath(io, f.path) })), `${folder}: no article could be packed. Nothing was written.`].join('\n')}\n`);
    return EXIT.problems;
  }
  await mkdir(path.dirname(output), { recursive: true }).catch(() => undefined);
  const writer = await BundleWriter.create(output, {
    title: options.title?.trim() || path.basename(root),
    creator: options.creator?.trim() || 'offprint-bundle pack',
  }).catch((error: unknown) => {
    io.stderr(`${options.output}: cannot be written: ${writeErrorReason(error).reason}\n`);
    return null;
  });
  if (!writer) return EXIT.problems;
  try {
    for (const article of packed.articles) await writer.addArticle(article);
    const finished = await writer.finish();
    io.stdout(`Packed ${plural(finished.articleCount, 'article', 'articles')} into ${options.output} (${formatSize(finished.bytes)}).\n`);
  } catch (error) {
    await writer.abort();
    io.stderr(`${options.output}: cannot be written: ${writeErrorReason(error).reason} Nothing was written.\n`);
    return EXIT.problems;
  }
  if (packed.failures.length === 0) return EXIT.ok;
  io.stderr(`Not packed (${packed.failures.length}):\n${packed.failures.map((f) => `  ${failureLine({ ...f, path: shownPath(io, f.path) })}`).join('\n')}\n`);
  return EXIT.problems;
}
