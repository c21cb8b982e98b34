/**
 * Edit details… for a selection of the library: the authors, source and language set on every selected article,
 * tags added and removed. A field left empty leaves each article's own value; a field marked Clear takes the
 * value off every selected article (no author, no source, no language), which is not the same as leaving it. The draft is checked here (nothing is
 * stored while a field is wrong or nothing would change), and each article's change is worked out with the same
 * rules as the reader's Edit details (changedDetails, marksAfterEdit): a detail set this way is the person's, so
 * importing the file again keeps it. Pure.
 */
import type { ArticleRecord } from '../contract/library';
import { authorsAsTyped, changedDetails, marksAfterEdit, oneLine, type ArticleDetails, type EditMarks } from './article-details';
import { authorNames } from './author-line';
import { canonicalLanguageTag } from './language-tag';

/** The longest name a typed tag may have (the library's rule for typed names: data/names.ts). */
export const MAX_TAG_NAME_LENGTH = 64;

/** The details a selection can be given at once. */
export type BulkDetail = 'author' | 'source' | 'language';

/** The form as typed: `''` leaves a detail as each article has it; tags to add as typed (commas between). */
export interface BulkDraft {
  author: string;
  source: string;
  language: string;
  /** The details to take off every selected article (what is typed in them is then not used). */
  clear: readonly BulkDetail[];
  addTags: string;
  /** Tags (as stored) to take off every selected article. */
  removeTags: readonly string[];
}

export type BulkError = 'languageUnknown' | 'tagTooLong' | 'nothingToChange';

export type BulkField = BulkDetail | 'addTags' | 'form';

/** What the edit does to each article: details set, tags added (as typed, cleaned) and removed. */
export interface BulkChange {
  details: Partial<Pick<ArticleDetails, BulkDetail>>;
  addTags: string[];
  removeTags: string[];
}

export type BulkCheck = { ok: true; change: BulkChange } | { ok: false; errors: Partial<Record<BulkField, BulkError>> };

export const EMPTY_BULK_DRAFT: BulkDraft = { author: '', source: '', language: '', clear: [], addTags: '', removeTags: [] };

/** The draft checked: the authors and source as one line, the language a canonical tag, each tag named once; a cleared detail null. */
export function checkBulkDraft(draft: BulkDraft): BulkCheck {
  const errors: Partial<Record<BulkField, BulkError>> = {};
  const details: BulkChange['details'] = {};
  const clear = new Set(draft.clear);
  const author = authorsAsTyped(draft.author);
  if (clear.has('author')) details.author = null;
  else if (author) details.author = author;
  const source = oneLine(draft.source);
  if (clear.has('source')) details.source = null;
  else if (source) details.source = source;
  if (clear.has('language')) details.language = null;
  else if (draft.language.trim() !== '') {
    const language = canonicalLanguageTag(draft.language);
    if (language) details.language = language;
    else errors.language = 'languageUnknown';
  }
  // Several tags are typed as several authors are: commas (or ; 、 ，) between them.
  const addTags = [...new Set(authorNames(draft.addTags).map(oneLine))];
  if (addTags.some((tag) => tag.length > MAX_TAG_NAME_LENGTH)) errors.addTags = 'tagTooLong';
  const removeTags = [...new Set(draft.removeTags)].filter((tag) => !addTags.includes(tag));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (Object.keys(details).length === 0 && addTags.length === 0 && removeTags.length === 0) return { ok: false, errors: { form: 'nothingToChange' } };
  return { ok: true, change: { details, addTags, removeTags } };
}

/**
 * What the change writes on one article, or null when it changes nothing there: the details that differ, with the
 * edit marks they get, and the tags when they change. `addTags` are the names as the library spells them.
 */
export function bulkUpdateOf(
  record: ArticleRecord,
  change: BulkChange,
  addTags: readonly string[],
  now: Date,
): (Partial<ArticleDetails> & EditMarks & { tags?: string[] }) | null {
  // Only the details the edit sets are compared (a stored date's time of day is not a change).
  const all = changedDetails(record, { ...record, ...change.details });
  const changes = Object.fromEntries(Object.entries(all).filter(([field]) => field in change.details)) as Partial<ArticleDetails>;
  const removed = new Set(change.removeTags);
  const kept = record.tags.filter((tag) => !removed.has(tag));
  const tags = [...kept, ...addTags.filter((tag) => !kept.includes(tag))];
  const tagsChanged = tags.length !== record.tags.length || tags.some((tag, i) => tag !== record.tags[i]);
  if (Object.keys(changes).length === 0 && !tagsChanged) return null;
  return {
    ...changes,
    ...(Object.keys(changes).length > 0 ? marksAfterEdit(record, changes, now) : {}),
    ...(tagsChanged ? { tags } : {}),
  };
}
