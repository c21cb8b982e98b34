/**
 * Front matter of a Markdown file, read with gray-matter: YAML between `---` lines, or TOML between `+++` lines
 * (Hugo's way, read with smol-toml); the same fields and aliases in both (front-matter-fields.ts). gray-matter's
 * JavaScript front matter (`---js`) would run code from the file: it is refused, as is every language but YAML,
 * TOML and JSON.
 */
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import type { FoundMeta } from './build-article';
import { metaFromFrontMatter } from './front-matter-fields';
import { ImportProblem } from './import-problem';

const refuse = (): never => {
  throw new Error('only YAML, TOML or JSON front matter is read');
};
const ENGINES = {
  javascript: refuse,
  js: refuse,
  coffee: refuse,
  coffeescript: refuse,
  cson: refuse,
  toml: (text: string): object => parseToml(text.replace(/\r\n?/g, '\n')),
};
const YAML_OPTIONS = { engines: ENGINES };
const TOML_OPTIONS = { engines: ENGINES, language: 'toml', delimiters: '+++' };
const TOML_OPENING = /^\+\+\+[ \t]*\r?\n/;

export interface FrontMatter {
  meta: FoundMeta;
  content: string;
}

/** Splits the front matter from the Markdown; throws an ImportProblem when the front matter is broken. */
export function readFrontMatter(text: string): FrontMatter {
  const toml = TOML_OPENING.test(text);
  let parsed: { data: unknown; content: string; matter?: string };
  try {
    parsed = matter(text, toml ? TOML_OPTIONS : YAML_OPTIONS);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : '';
    const lines = toml ? '+++' : '---';
    throw new ImportProblem(why ? 'frontMatterUnreadableDetail' : 'frontMatterUnreadable', why ? { fence: lines, detail: why } : { fence: lines });
  }
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { meta: { title: null }, content: parsed.content };
  return { meta: metaFromFrontMatter(data as Record<string, unknown>, parsed.matter ?? ''), content: parsed.content };
}
