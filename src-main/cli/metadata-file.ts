/**
 * The metadata overrides of `pack --metadata`: a CSV with a header row (`file` and any of title, author, source,
 * url, published, tags, language; tags separated by `;`) or a JSON array of objects with the same fields (tags a
 * list or a `;`-separated string). Every value is checked; each problem names the file, the line or item, and why.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parseDate } from '../services/import/dates';
import { canonicalLanguageTag } from '../../src-shared/article/language-tag';

export interface MetadataOverride {
  title?: string;
  author?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
  tags?: string[];
}

export interface MetadataRow {
  /** The file it applies to, as written (a path relative to the packed folder, or a file name). */
  file: string;
  /** `meta.csv line 3`, `meta.json item 2`: where the row is, for messages. */
  where: string;
  override: MetadataOverride;
}

export type MetadataResult = { ok: true; rows: MetadataRow[] } | { ok: false; problems: string[] };

const FIELDS = ['file', 'title', 'author', 'source', 'url', 'published', 'tags', 'language'] as const;
type Field = (typeof FIELDS)[number];
type RawRow = Partial<Record<Field, string | string[]>>;

function checkRow(raw: RawRow, where: string, problems: string[]): MetadataRow | null {
  const text = (field: Field): string | undefined => {
    const value = raw[field];
    const joined = Array.isArray(value) ? value.join(';') : value;
    return joined?.trim() ? joined.trim() : undefined;
  };
  const file = text('file');
  if (!file) return void problems.push(`${where}: the “file” column is empty`), null;
  const override: MetadataOverride = {};
  for (const field of ['title', 'author', 'source'] as const) if (text(field)) override[field] = text(field);
  const url = text('url');
  if (url && !/^https?:\/\/\S+$/i.test(url)) problems.push(`${where}: url “${url}” is not an http(s) address`);
  else if (url) override.url = url;
  const published = text('published');
  const date = published ? parseDate(published) : null;
  if (published && !date) problems.push(`${where}: published “${published}” is not a date (write it as 2017-09-28)`);
  else if (date) override.publishedAt = date;
  const language = text('language');
  const tag = language ? canonicalLanguageTag(language) : null;
  if (language && !tag) problems.push(`${where}: language “${language}” is not a language tag (such as en, zh-CN)`);
  else if (tag) override.language = tag;
  const tags = text('tags');
  if (tags) override.tags = tags.split(';').map((t) => t.trim()).filter((t) => t !== '');
  return { file, where, override };
}

function csvRows(text: string, name: string, problems: string[]): { raw: RawRow; where: string }[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, info: true });
  } catch (error) {
    problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
  const columns = Object.keys(records[0]?.record ?? {});
  const unknown = columns.filter((column) => !(FIELDS as readonly string[]).includes(column));
  if (unknown.length > 0) problems.push(`${name}: unknown column ${unknown.map((c) => `“${c}”`).join(', ')} (the columns are ${FIELDS.join(', ')})`);
  if (records.length > 0 && !columns.includes('file')) problems.push(`${name}: the header row has no “file” column`);
  return problems.length > 0 ? [] : records.map(({ record, info }) => ({ raw: record, where: `${name} line ${info.lines}` }));
}

const jsonRow = z.object(Object.fromEntries(FIELDS.map((f) => [f, z.union([z.string(), z.array(z.string())]).optional()]))).strict();

function jsonRows(text: string, name: string, problems: string[]): { raw: RawRow; where: string }[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return [];
  }
  if (!Array.isArray(data)) return void problems.push(`${name}: must hold a JSON array of objects, one per file`), [];
  return data.flatMap((item, index) => {
    const where = `${name} item ${index + 1}`;
    const parsed = jsonRow.safeParse(item);
    if (parsed.success) return [{ raw: parsed.data as RawRow, where }];
    const issue = parsed.error.issues[0];
    problems.push(`${where}: ${issue?.path.join('.') || 'the item'}: ${issue?.message ?? 'is not valid'} (the fields are ${FIELDS.join(', ')})`);
    return [];
  });
}

export async function readMetadataFile(filePath: string, displayName: string): Promise<MetadataResult> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`${displayName}: cannot be read (${(error as { code?: string }).code ?? String(error)})`] };
  }
  const problems: string[] = [];
  const raw = /\.json$/i.test(filePath) ? jsonRows(text, displayName, problems) : csvRows(text, displayName, problems);
  const rows = raw.flatMap(({ raw: row, where }) => checkRow(row, where, problems) ?? []);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
