/**
 * The import benchmark's files: 10,000 Markdown articles (with YAML front matter) and 2,000 HTML pages (with
 * meta tags and chrome for Readability to drop), written from the seeded generator into bench/corpus/import-v1/.
 * Written once; a marker file says the folder is complete.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, type BenchArticle } from '../generator/article';
import { CORPUS_DIR } from '../generator/generate';

export const MARKDOWN_COUNT = 10_000;
export const HTML_COUNT = 2_000;
export interface ImportCorpusSize {
  markdown: number;
  html: number;
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function markdown(a: BenchArticle): string {
  const paragraphs = a.body.split('\n\n');
  return [
    '---',
    `title: ${yamlString(a.title)}`,
    `author: ${yamlString(a.author)}`,
    `source: ${yamlString(a.source)}`,
    `date: 2024-${String((a.title.length % 12) + 1).padStart(2, '0')}-15`,
    `lang: ${a.lang}`,
    `tags: [${a.tags.map(yamlString).join(', ')}]`,
    '---',
    '',
    ...paragraphs.flatMap((p, i) => (i === 2 ? [`## ${a.title}`, '', p, ''] : [p, ''])),
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function html(a: BenchArticle): string {
  const body = a.body
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
<meta name="author" content="${escapeHtml(a.author)}"><meta property="og:site_name" content="${escapeHtml(a.source)}">
<meta property="article:published_time" content="2024-03-01T08:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/about">About</a></nav>
<article><h1>${escapeHtml(a.title)}</h1>${body}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></aside>
<footer>Copyright ${escapeHtml(a.source)}</footer></body></html>`;
}

/** Writes the corpus of this size if it is not complete yet; returns its folder. */
export function ensureImportCorpus(size: ImportCorpusSize = { markdown: MARKDOWN_COUNT, html: HTML_COUNT }): string {
  const dir = join(CORPUS_DIR, `import-v1-${size.markdown}-${size.html}`);
  const complete = join(dir, '.complete');
  if (existsSync(complete)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'markdown'), { recursive: true });
  mkdirSync(join(dir, 'html'), { recursive: true });
  for (let i = 0; i < size.markdown; i += 1) {
    writeFileSync(join(dir, 'markdown', `article-${String(i).padStart(5, '0')}.md`), markdown(generateArticle(i)));
  }
  for (let i = 0; i < size.html; i += 1) {
    const n = size.markdown + i;
    writeFileSync(join(dir, 'html', `page-${String(n).padStart(5, '0')}.html`), html(generateArticle(n)));
  }
  writeFileSync(complete, new Date().toISOString());
  return dir;
}
