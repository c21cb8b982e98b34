/**
 * The real pages, imported by the app's own importer (src-main/services/import) so that the texts searched are
 * the texts the app stores: title, author and source from the article's metadata, the body's plain text.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFileAtPath } from '../../src-main/services/import/import-file';

export interface Page {
  /** The page's file name: its id in both indexes and in the ground truth. */
  file: string;
  title: string;
  author: string | null;
  source: string | null;
  body: string;
}

export const PAGES_DIR = join(process.cwd(), '..', 'shared', 'corpora', 'real-pages', 'fixtures');

/** The imported pages of the last run, reused on request (importing 170 pages takes most of a run). */
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'bench', 'real-pages-imported.json');

type Loaded = { pages: Page[]; failures: string[] };

/** Null when the corpus is not on this machine. */
export async function loadPages(dir = PAGES_DIR, reuse = false): Promise<Loaded | null> {
  if (!existsSync(dir)) return null;
  if (reuse && existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as Loaded;
  const loaded = await importPages(dir);
  mkdirSync(join(CACHE, '..'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(loaded));
  return loaded;
}

async function importPages(dir: string): Promise<Loaded> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages: Page[] = [];
  const failures: string[] = [];
  for (const file of files) {
    const outcome = await importFileAtPath(join(dir, file), { maxFileBytes: 64 * 1024 * 1024 });
    if ('failure' in outcome) {
      failures.push(`${file}: ${outcome.failure.reason}`);
      continue;
    }
    const { meta, text } = outcome.article;
    pages.push({ file, title: meta.title, author: meta.author, source: meta.source, body: text });
  }
  return { pages, failures };
}
