/**
 * Writes the benchmark corpus: one JSON article per line, in bench/corpus/ (ignored by git). The file for the
 * largest size serves the smaller ones (they read its first lines). Run by the search benchmark when the file is
 * missing; on its own: `npm run bench:search -- --generate-only`.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GENERATOR_VERSION, generateArticle } from './article';

export const CORPUS_DIR = join(process.cwd(), 'bench', 'corpus');

export function corpusPath(count: number): string {
  return join(CORPUS_DIR, `articles-v${GENERATOR_VERSION}-${count}.jsonl`);
}

/** Makes sure a corpus of at least `count` articles exists; returns its path and how long writing it took. */
export function ensureCorpus(count: number): { path: string; seconds: number } {
  const path = corpusPath(count);
  if (existsSync(path)) return { path, seconds: 0 };
  const larger = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .map((name) => new RegExp(`^articles-v${GENERATOR_VERSION}-(\\d+)\\.jsonl$`).exec(name)?.[1])
        .map(Number)
        .filter((n) => n >= count)
        .sort((a, b) => a - b)
    : [];
  if (larger[0] !== undefined) return { path: corpusPath(larger[0]), seconds: 0 }; // its first lines serve
  mkdirSync(dirname(path), { recursive: true });
  const started = performance.now();
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(JSON.stringify(generateArticle(i)));
    if (chunk.length === 500 || i === count - 1) {
      writeSync(fd, chunk.join('\n') + '\n');
      chunk = [];
    }
  }
  closeSync(fd);
  renameSync(partial, path);
  return { path, seconds: (performance.now() - started) / 1000 };
}
