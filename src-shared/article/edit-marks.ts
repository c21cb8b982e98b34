/**
 * The edit marks (editedAt, editedFields, fromFile) as they cross from one library to another: read from a bundle's
 * article.json, copied into the library, written into a bundle. Each mark is kept when it is there and well formed,
 * exactly as it was (an empty list stays an empty list, so a library restored from its backup is the same field by
 * field); a detail name this version does not know, or a value of the wrong type, is left out. Pure.
 */
import type { ArticleMeta } from '../contract/article';
import { EDITABLE_DETAILS, type ArticleDetails, type EditMarks } from './article-details';

type MaybeMarks = { editedAt?: unknown; editedFields?: unknown; fromFile?: unknown };

export function cleanEditMarks(source: MaybeMarks | Pick<ArticleMeta, 'editedAt' | 'editedFields' | 'fromFile'>): EditMarks {
  const { editedAt, editedFields, fromFile } = source as MaybeMarks;
  const marks: EditMarks = {};
  if (typeof editedAt === 'string' && !Number.isNaN(Date.parse(editedAt))) marks.editedAt = editedAt;
  if (Array.isArray(editedFields)) marks.editedFields = EDITABLE_DETAILS.filter((field) => editedFields.includes(field));
  if (fromFile !== null && typeof fromFile === 'object' && !Array.isArray(fromFile)) {
    const values: Partial<ArticleDetails> = {};
    for (const field of EDITABLE_DETAILS) {
      const value: unknown = (fromFile as Record<string, unknown>)[field];
      if (typeof value === 'string' || (value === null && field !== 'title')) Object.assign(values, { [field]: value });
    }
    marks.fromFile = values;
  }
  return marks;
}
