/**
 * Edit details…: an article's title, authors, source, URL, published date and language as the person corrects them.
 * The form's draft (text as typed) is checked and normalised here, with one error per wrong field and nothing
 * stored while one is wrong; what changed is marked as the person's, so importing the file again keeps it (the
 * file's value is kept aside in `fromFile`). Pure.
 */
import type { ArticleRecord, EditableDetail } from '../contract/library';
import { authorLine, authorNames } from './author-line';
import { canonicalLanguageTag } from './language-tag';
import { isWebAddress } from './url-policy';

export const EDITABLE_DETAILS: readonly EditableDetail[] = ['title', 'author', 'source', 'url', 'publishedAt', 'language'];

/** The details as the library stores them. */
export type ArticleDetails = Pick<ArticleRecord, EditableDetail>;

/** The form: every field as typed (`''` when empty); the date as a date input gives it (`YYYY-MM-DD`). */
export type DetailsDraft = Record<EditableDetail, string>;

/** Why a field cannot be saved; each has a message in the reader namespace (`details.error.<code>`). */
export type DetailsError = 'titleEmpty' | 'urlNotWeb' | 'dateInvalid' | 'languageUnknown';

export type DetailsCheck =
  | { ok: true; details: ArticleDetails }
  | { ok: false; errors: Partial<Record<EditableDetail, DetailsError>> };

/** What the edit marks on the record: when, which fields are the person's, and the file's values for them. */
export type EditMarks = Pick<ArticleRecord, 'editedAt' | 'editedFields' | 'fromFile'>;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A typed detail on one line: white space collapsed and trimmed (titles, sources). */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Typed authors (split on commas, ; 、 ，) as the library stores them, each once; null when none. */
export function authorsAsTyped(value: string): string | null {
  return authorLine([...new Set(authorNames(value).map(oneLine))]);
}

/** The day of a stored date (`2017-09-28T10:00:00Z` → `2017-09-28`), as a date input shows it; `''` without one. */
export function dateInputValue(iso: string | null | undefined): string {
  return ISO_DAY.exec(iso ?? '')?.[0] ?? '';
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (not 2023-02-30). */
function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match || match[0] !== value) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The form's starting values for an article. */
export function draftOf(details: ArticleDetails): DetailsDraft {
  return {
    title: details.title,
    author: authorNames(details.author).join(', '),
    source: details.source ?? '',
    url: details.url ?? '',
    publishedAt: dateInputValue(details.publishedAt),
    language: canonicalLanguageTag(details.language) ?? '',
  };
}

/**
 * The draft checked and normalised: the title and source on one line, the authors split on commas (or ; 、 ，) and
 * joined as the library stores them, the URL an http(s) address, the date a calendar day, the language a
 * canonical tag (its region kept); empty optional fields are null. Every wrong field gets its error.
 */
export function checkDraft(draft: DetailsDraft): DetailsCheck {
  const errors: Partial<Record<EditableDetail, DetailsError>> = {};
  const title = oneLine(draft.title);
  if (title === '') errors.title = 'titleEmpty';
  const url = draft.url.trim();
  if (url !== '' && !isWebAddress(url)) errors.url = 'urlNotWeb';
  const day = draft.publishedAt.trim();
  if (day !== '' && !isCalendarDay(day)) errors.publishedAt = 'dateInvalid';
  const language = draft.language.trim() === '' ? null : canonicalLanguageTag(draft.language);
  if (draft.language.trim() !== '' && !language) errors.language = 'languageUnknown';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    details: {
      title,
      author: authorsAsTyped(draft.author),
      source: oneLine(draft.source) || null,
      url: url || null,
      publishedAt: day || null,
      language,
    },
  };
}

/**
 * The fields that `next` changes. An unchanged date keeps its stored time of day (the form shows only the day),
 * and a language written another way but naming the same tag is unchanged.
 */
export function changedDetails(current: ArticleDetails, next: ArticleDetails): Partial<ArticleDetails> {
  const changes: Partial<ArticleDetails> = {};
  for (const field of EDITABLE_DETAILS) {
    const before = current[field] ?? null;
    const after = next[field] ?? null;
    if (field === 'publishedAt' && dateInputValue(before) === (after ?? '')) continue;
    if (field === 'language' && (canonicalLanguageTag(before) ?? before) === after) continue;
    if (before !== after) Object.assign(changes, { [field]: after });
  }
  return changes;
}

/**
 * The record's marks after the person's changes: a field changed for the first time keeps the value it had (the
 * file's) in `fromFile`; a field set back to exactly the file's value is the file's again.
 */
export function marksAfterEdit(record: ArticleDetails & EditMarks, changes: Partial<ArticleDetails>, now: Date): EditMarks {
  const fields = new Set(record.editedFields ?? []);
  const fromFile: Partial<ArticleDetails> = { ...record.fromFile };
  for (const field of EDITABLE_DETAILS) {
    if (!(field in changes)) continue;
    if (!fields.has(field)) {
      fields.add(field);
      Object.assign(fromFile, { [field]: record[field] ?? null });
    } else if ((fromFile[field] ?? null) === (changes[field] ?? null)) {
      fields.delete(field);
      delete fromFile[field];
    }
  }
  return { editedAt: now.toISOString(), editedFields: EDITABLE_DETAILS.filter((f) => fields.has(f)), fromFile };
}

/**
 * An article imported again over one the person corrected: the corrected fields keep the person's values and the
 * file's new values go to `fromFile`; every other field is the file's. An article from a bundle may carry the
 * person's corrections too (its own marks): a field corrected in the library stays the library's (what the bundle
 * says the file gave is kept aside), a field corrected only in the bundle is the bundle's, and both are the
 * person's; `editedAt` is the later of the two. Without corrections in the library, `incoming` as it is.
 */
export function keepEditedDetails<T extends ArticleDetails & EditMarks>(incoming: T, existing: (ArticleDetails & EditMarks) | undefined): T & EditMarks {
  const own = existing?.editedFields ?? [];
  if (!existing || own.length === 0) return incoming;
  const theirs = incoming.editedFields ?? [];
  const fromFile: Partial<ArticleDetails> = { ...existing.fromFile };
  const kept: T & EditMarks = { ...incoming, editedFields: EDITABLE_DETAILS.filter((f) => own.includes(f) || theirs.includes(f)), fromFile };
  const editedAt = [existing.editedAt, incoming.editedAt].filter((at): at is string => typeof at === 'string').sort().pop();
  if (editedAt) kept.editedAt = editedAt;
  for (const field of EDITABLE_DETAILS) {
    const fileValue = theirs.includes(field) ? (incoming.fromFile?.[field] ?? null) : (incoming[field] ?? null);
    if (own.includes(field)) {
      Object.assign(fromFile, { [field]: fileValue });
      Object.assign(kept, { [field]: existing[field] ?? null });
    } else if (theirs.includes(field)) Object.assign(fromFile, { [field]: fileValue });
  }
  return kept;
}

/** Languages the form always offers: the interface's and the ones pages most often declare. */
const COMMON_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pt', 'ru', 'zh', 'zh-Hans', 'zh-Hant'];

/**
 * The language tags the form's list offers: the common ones and every tag given (the library's languages, the
 * article's own with its region), canonical, each once.
 */
export function languageChoices(tags: Iterable<string | null | undefined>): string[] {
  const choices = new Set<string>();
  for (const tag of [...COMMON_LANGUAGES, ...tags]) {
    const canonical = canonicalLanguageTag(tag);
    if (canonical) choices.add(canonical);
  }
  return [...choices];
}
