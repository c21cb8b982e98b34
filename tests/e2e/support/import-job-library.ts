/**
 * Generated libraries for the import-job tests: a folder of small articles (Markdown, HTML, text, about 2 KB
 * each) and an Offprint bundle of the same size, each with failures seeded into it by name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { makePdf } from '../../unit/main/services/import/pdf-writer';

export interface GeneratedLibrary {
  path: string;
  /** How many articles will import. */
  good: number;
  /** What each seeded failure is called in the report (a file name, or a bundle's article folder). */
  failures: string[];
}

const WORDS = (
  'river library quiet reading margin paper lamp harbour winter letter garden archive window orchard bridge ' +
  'evening chapter island lantern meadow station compass notebook valley thunder mirror candle journey'
).split(' ');

function paragraphs(seed: number, count = 5): string[] {
  return Array.from({ length: count }, (_, p) => {
    const words = Array.from({ length: 60 }, (_, w) => WORDS[(seed * 7 + p * 13 + w * 5 + ((w * seed) % 11)) % WORDS.length]);
    return `Article ${seed}, part ${p + 1}: ${words.join(' ')}.`;
  });
}

function title(i: number): string {
  return `Generated article ${String(i).padStart(4, '0')}`;
}

function markdown(i: number): string {
  return `---\ntitle: ${title(i)}\nauthor: Test Writer\n---\n\n${paragraphs(i).join('\n\n')}\n`;
}

function html(i: number): string {
  const body = paragraphs(i).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title(i)}</title></head><body><article><h1>${title(i)}</h1>\n${body}</article></body></html>`;
}

function text(i: number): string {
  return `${title(i)}\n\n${paragraphs(i).join('\n\n')}\n`;
}

/** `total` files in `dir`: 5 binary, 3 empty and 2 PDFs of scanned pages (no text) among them, the rest good articles. */
export function generateFolder(dir: string, total = 1000): GeneratedLibrary {
  mkdirSync(dir, { recursive: true });
  const failures: string[] = [];
  const seed = (name: string, content: string | Uint8Array) => {
    writeFileSync(join(dir, name), content);
    failures.push(name);
  };
  for (let i = 0; i < 5; i += 1) seed(`binary-${i}.txt`, new Uint8Array([0x89, 0x00, 0x01, 0x00, 0xff, 0x00, i]));
  for (let i = 0; i < 3; i += 1) seed(`empty-${i}.md`, '');
  for (let i = 0; i < 2; i += 1) seed(`scan-${i}.pdf`, makePdf([[], []]));
  const good = total - failures.length;
  for (let i = 0; i < good; i += 1) {
    const name = `article-${String(i).padStart(4, '0')}`;
    if (i % 3 === 0) writeFileSync(join(dir, `${name}.md`), markdown(i));
    else if (i % 3 === 1) writeFileSync(join(dir, `${name}.html`), html(i));
    else writeFileSync(join(dir, `${name}.txt`), text(i));
  }
  return { path: dir, good, failures };
}

/** An Offprint bundle of `total` articles: 5 without a title, 3 with an empty body, 2 without a body. */
export function generateBundle(file: string, total = 1000): GeneratedLibrary {
  const json = (value: unknown) => strToU8(JSON.stringify(value));
  const entries: Zippable = {
    'manifest.json': json({ format: 'offprint-bundle', version: 1, title: 'Generated', created: '2024-01-01T00:00:00Z', articleCount: total }),
  };
  const failures: string[] = [];
  const seeded = (id: string, files: Zippable) => {
    for (const [name, bytes] of Object.entries(files)) entries[`articles/${id}/${name}`] = bytes;
    failures.push(`articles/${id}`);
  };
  for (let i = 0; i < 5; i += 1) seeded(`no-title-${i}`, { 'article.json': json({ id: `no-title-${i}` }), 'body.md': strToU8('Text.') });
  for (let i = 0; i < 3; i += 1) seeded(`empty-body-${i}`, { 'article.json': json({ id: `empty-body-${i}`, title: 'Empty' }), 'body.md': strToU8('') });
  for (let i = 0; i < 2; i += 1) seeded(`no-body-${i}`, { 'article.json': json({ id: `no-body-${i}`, title: 'No body' }) });
  const good = total - failures.length;
  for (let i = 0; i < good; i += 1) {
    const id = `a${String(i).padStart(4, '0')}`;
    entries[`articles/${id}/article.json`] = json({ id, title: title(i), author: 'Test Writer' });
    entries[`articles/${id}/body.md`] = strToU8(paragraphs(i).join('\n\n'));
  }
  writeFileSync(file, zipSync(entries));
  return { path: file, good, failures };
}
