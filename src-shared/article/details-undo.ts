/**
 * Undo of a details edit (Edit details… in the reader, Edit details… for a selection): what an article was before,
 * every detail, the edit marks (editedAt, editedFields, fromFile: absent ones stay absent) and, for a bulk edit, its
 * tags; and that state written back onto the record as it is now, leaving whatever else changed since. Pure.
 */
import type { ArticleRecord } from '../contract/library';
import { EDITABLE_DETAILS, type ArticleDetails, type EditMarks } from './article-details';

/** One article before an edit: what Undo writes back. */
export interface DetailsBefore {
  id: string;
  details: ArticleDetails;
  marks: EditMarks;
  /** Only when the edit changed tags (a bulk edit). */
  tags?: string[];
}

const MARKS = ['editedAt', 'editedFields', 'fromFile'] as const;

function copyMarks(record: EditMarks): EditMarks {
  const marks: EditMarks = {};
  if (record.editedAt !== undefined) marks.editedAt = record.editedAt;
  if (record.editedFields !== undefined) marks.editedFields = [...record.editedFields];
  if (record.fromFile !== undefined) marks.fromFile = { ...record.fromFile };
  return marks;
}

/** The record's details and marks (and tags, when asked) as they are: a copy that later changes do not touch. */
export function detailsBefore(record: ArticleRecord, withTags = false): DetailsBefore {
  const details = Object.fromEntries(EDITABLE_DETAILS.map((field) => [field, record[field] ?? null])) as ArticleDetails;
  return { id: record.id, details, marks: copyMarks(record), ...(withTags ? { tags: [...record.tags] } : {}) };
}

/**
 * Writes `before` back onto `record` in place (as Dexie's `modify` wants): every detail, every mark (a mark the
 * article did not have is removed), the tags when they were kept. Other fields (reading states, collections, the
 * body's measures after a re-import) stay as they are now.
 */
export function putDetailsBack(record: ArticleRecord, before: DetailsBefore): void {
  Object.assign(record, before.details);
  const marks = copyMarks(before.marks);
  for (const mark of MARKS) {
    if (marks[mark] === undefined) delete record[mark];
    else Object.assign(record, { [mark]: marks[mark] });
  }
  if (before.tags) record.tags = [...before.tags];
}
