/**
 * Metadata lines of a saved page: `Author: | Source:People's Daily (September 28, 2017)`, `来源：人民日报  作者：张三`,
 * `By Maria Lopez`, `Posted on 3 March 2019 · 6 min read`, a date on its own. A line counts as metadata only when
 * every part of it is a label, a date, a by-line or chrome; anything else is article text.
 */
import { findDate, parseDate } from './dates';
import { isChromeLine } from './text-page-chrome';
import { LABELS, type LabelField } from './text-page-vocabulary';

export interface LabelFields {
  title?: string | null;
  author?: string | null;
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  submittedAt?: string | null;
  tags?: string[];
  keywords?: string[];
}

export interface LabelLine {
  fields: LabelFields;
  /** True when the line names at least one label explicitly (`Source:`), not only a date or a by-line. */
  explicit: boolean;
}

const FIELD_BY_LABEL = new Map<string, LabelField>(
  Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field as LabelField] as const)),
);

function alternation(labels: string[]): string {
  return labels
    .sort((a, b) => b.length - a.length)
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const ALL_LABELS = [...FIELD_BY_LABEL.keys()];
const LABEL_PATTERN = new RegExp(
  `(?:(?<![\\p{L}\\p{N}])(${alternation(ALL_LABELS.filter((l) => /^[ -~]+$/.test(l)))})|(${alternation(
    ALL_LABELS.filter((l) => !/^[ -~]+$/.test(l)),
  )}))\\s*[:：]`,
  'giu',
);
const PIECE_SEPARATOR = /\s*(?:[|｜丨•·]|\s{2,}|\t)\s*/;
const BY_LINE = /^[Bb][Yy]\s+(\S.{0,80})$/u;
/** A word of a person's name ("Jane", "O'Neill", "J.", "张三"), or a word that joins names ("and", "van"). */
const NAME_WORD = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*|and|&|de|da|del|della|der|den|van|von|la|le|du|di|y|e|bin|ibn|al)$/u;
const MAX_NAME_WORDS = 8;
const PUBLISHED_PREFIX = /^(?:(?:first\s+)?published|posted|released)(?:\s+(?:on|at))?\s+/i;
const UPDATED_PREFIX = /^(?:last\s+)?(?:updated|modified)(?:\s+(?:on|at))?\s+/i;
const MAX_LEFTOVER = 40;

function strip(value: string): string {
  return value.replace(/^[\s(（【[「《]+|[\s)）】\]」》,，;；|]+$/g, '').trim();
}

function setOnce<K extends keyof LabelFields>(fields: LabelFields, key: K, value: LabelFields[K]): void {
  if (fields[key] === undefined || (fields[key] === null && value !== null)) fields[key] = value;
}

/** A source or author value without the date written inside it ("People's Daily (September 28, 2017)"). */
function withoutDate(value: string, fields: LabelFields): string | null {
  const found = findDate(value);
  if (!found) return strip(value) || null;
  setOnce(fields, 'publishedAt', found.iso);
  const rest = value.slice(0, found.index) + value.slice(found.index + found.length);
  return strip(rest.replace(/[(（[【]\s*[)）\]】]/g, '').replace(/[(（[【]\s*$/, '')) || null;
}

/** Applies one labelled value; false when the value cannot be what the label says ("Time: The Untold Story"). */
function applyLabel(fields: LabelFields, field: LabelField, raw: string): boolean {
  const value = strip(raw);
  if (field === 'publishedAt' || field === 'submittedAt') {
    const iso = value === '' ? null : (parseDate(value) ?? findDate(value)?.iso ?? null);
    if (value !== '' && iso === null) return false;
    setOnce(fields, field, iso);
  } else if (field === 'url') {
    const url = /^https?:\/\/\S+$/i.test(value) ? value : null;
    if (value !== '' && url === null) return false;
    setOnce(fields, 'url', url);
  } else if (field === 'tags' || field === 'keywords') {
    setOnce(fields, field, value.split(/\s*[,，、;；]\s*/).filter((tag) => tag !== ''));
  } else if (field === 'title') {
    setOnce(fields, 'title', value || null);
  } else if (field === 'author' || field === 'source') {
    setOnce(fields, field, withoutDate(raw, fields));
  }
  return true;
}

/** Reads one unlabelled part of a metadata line; false when it is article text instead. */
function applyLeftover(fields: LabelFields, raw: string, fromBar: boolean, allowByLine: boolean): boolean {
  const piece = strip(raw);
  if (piece === '' || isChromeLine(piece)) return true;
  const published = parseDate(piece.replace(PUBLISHED_PREFIX, ''));
  if (published) return (setOnce(fields, 'publishedAt', published), true);
  if (UPDATED_PREFIX.test(piece) && parseDate(piece.replace(UPDATED_PREFIX, ''))) return true;
  const byLine = allowByLine ? BY_LINE.exec(piece) : null;
  if (byLine?.[1]) {
    // "By Jane Doe, September 28, 2017" names an author; "By the end of the war, …" is the article's first sentence.
    const dated: LabelFields = {};
    const names = withoutDate(byLine[1], dated);
    const words = names?.split(/\s+/).map((word) => word.replace(/,$/, '')) ?? [];
    if (names && words.length <= MAX_NAME_WORDS && words.every((word) => NAME_WORD.test(word))) {
      setOnce(fields, 'author', names);
      if (dated.publishedAt) setOnce(fields, 'publishedAt', dated.publishedAt);
      return true;
    }
  }
  if (fromBar && piece.length <= MAX_LEFTOVER && piece.split(/\s+/).length <= 5 && /^[\p{Lu}\p{Lo}]/u.test(piece)) {
    setOnce(fields, 'source', piece);
    return true;
  }
  return false;
}

/**
 * The metadata on this line, or null when the line is article text. By-lines ("By Maria Lopez") count only when
 * `allowByLine` (after the title: before it, "By the Sea" may well be the title).
 */
export function parseLabelLine(line: string, allowByLine = true): LabelLine | null {
  const text = line.trim();
  if (text === '' || text.length > 400) return null;
  const matches = [...text.matchAll(LABEL_PATTERN)];
  const fields: LabelFields = {};
  const leftovers: string[] = [];
  leftovers.push(...text.slice(0, matches[0]?.index ?? text.length).split(PIECE_SEPARATOR));
  for (const [k, match] of matches.entries()) {
    const label = (match[1] ?? match[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = matches[k + 1]?.index ?? text.length;
    const [value = '', ...rest] = text.slice(match.index + match[0].length, end).split(PIECE_SEPARATOR);
    const field = FIELD_BY_LABEL.get(label);
    if (field && !applyLabel(fields, field, value)) return null;
    leftovers.push(...rest);
  }
  const fromBar = /[|｜丨•·]/.test(text) && matches.length + leftovers.length > 1;
  for (const leftover of leftovers) if (!applyLeftover(fields, leftover, fromBar, allowByLine)) return null;
  const explicit = matches.length > 0;
  if (!explicit && Object.keys(fields).length === 0) return null;
  if (!explicit && fields.source !== undefined && fields.author === undefined && fields.publishedAt === undefined) {
    return null;
  }
  return { fields, explicit };
}
