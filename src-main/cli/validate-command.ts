/**
 * `offprint-bundle validate <path>`: one line per problem (`path: reason`) and exit 1 when anything would fail to
 * import; a summary and exit 0 otherwise. Bundles are checked against the format's JSON Schemas on the way.
 */
import { failureLine, plural } from './article-report';
import { type CliIo, EXIT } from './cli-io';
import { readInput } from './read-input';

export async function validateCommand(given: string, io: CliIo): Promise<number> {
  const { articles, failures, bundles } = await readInput(given, io);
  const count = articles.length;
  if (failures.length > 0) {
    io.stdout(`${failures.map(failureLine).join('\n')}\n`);
    io.stderr(`${plural(failures.length, 'problem', 'problems')} found; ${plural(count, 'article is', 'articles are')} valid.\n`);
    return EXIT.problems;
  }
  if (count === 0) {
    io.stdout(`${given}: nothing to import (no articles found).\n`);
    return EXIT.problems;
  }
  const version = bundles.length > 0 ? `, ${plural(bundles.length, 'bundle', 'bundles')} of format version ${[...new Set(bundles.map((b) => b.manifest.version))].join(', ')}` : '';
  io.stdout(`OK: ${plural(count, 'article', 'articles')}${version}, no problems.\n`);
  return EXIT.ok;
}
