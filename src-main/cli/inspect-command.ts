/** `offprint-bundle inspect <path> [--json]`: what importing the path would give, and what would fail and why. */
import { articleJson, articleLines, failureJson, failureLine, plural } from './article-report';
import { type CliIo, EXIT } from './cli-io';
import { readInput } from './read-input';

export async function inspectCommand(given: string, options: { json: boolean }, io: CliIo): Promise<number> {
  const { articles, failures } = await readInput(given, io);
  if (options.json) {
    const items = [...articles.map((a) => articleJson(a.path, a.article)), ...failures.map(failureJson)];
    io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    return EXIT.ok;
  }
  const parts = articles.map((a) => articleLines(a.path, a.article));
  if (failures.length > 0) parts.push(['Would fail:', ...failures.map((f) => `  ${failureLine(f)}`)].join('\n'));
  parts.push(`${plural(articles.length, 'article', 'articles')} would be imported; ${plural(failures.length, 'file or article', 'files or articles')} would fail.`);
  io.stdout(`${parts.join('\n\n')}\n`);
  return EXIT.ok;
}
