/** Passes 2 and 3 over the corpus: the same articles into an FTS5 table per tokenizer. */
import { join } from 'node:path';
import type { BenchArticle } from '../generator/article';
import { CORPUS_DIR } from '../generator/generate';
import { lines } from './corpus-reader';
import { Fts5, type Tokenizer } from './fts5';

export function buildFts(path: string, size: number, tokenizer: Tokenizer): Fts5 {
  const fts = new Fts5(join(CORPUS_DIR, `fts5-${tokenizer}-${size}.sqlite`), tokenizer);
  for (const line of lines(path, size)) {
    fts.add(line.index + 1, JSON.parse(line.text) as BenchArticle);
    if ((line.index + 1) % 20000 === 0) console.log(`  ${tokenizer}: ${line.index + 1} articles`);
  }
  fts.finish();
  return fts;
}
