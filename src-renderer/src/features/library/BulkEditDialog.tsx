/**
 * Edit details… for the library's selection: a Radix dialog that sets the authors, source and language of every
 * selected article and adds or takes off tags, in one transaction. An empty field leaves each article's own value;
 * Clear beside the authors and the source (and "Clear" in the language's list) takes that detail off every selected
 * article; a wrong field says why and nothing is saved. Each detail set this way is the person's on every article (importing
 * the file again keeps it). Saved, the app's notice offers Undo, which puts every article back as it was.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkBulkDraft,
  EMPTY_BULK_DRAFT,
  MAX_TAG_NAME_LENGTH,
  type BulkDetail,
  type BulkDraft,
  type BulkError,
  type BulkField,
} from '../../../../src-shared/article/bulk-details';
import { isolate } from '../../../../src-shared/i18n';
import { restoreArticleDetails } from '../../data/article-details-repo';
import { errorMessage } from '../../data/bridge';
import { saveBulkDetails } from '../../data/bulk-details-repo';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { countValues } from '../../data/names';
import { DetailsDialog, focusFirstInvalid } from '../../ui/DetailsDialog';
import { DetailsField } from '../../ui/DetailsField';
import { Select } from '../../ui/Select';
import { useOfferUndo } from '../../ui/UndoNotice';
import { useLanguageOptions } from '../../ui/use-language-options';

interface Props {
  articleIds: readonly string[];
  onClose: () => void;
  /** Where the focus goes when the dialog closes, and after an Undo (the Edit details… button). */
  returnFocus: () => void;
}

type TextField = 'author' | 'source' | 'addTags';

/** The language list's choice that clears the language (no language tag looks like it). */
const CLEAR_LANGUAGE = '*clear';

/** The form's fields, in order: what each sets, its label and hint (library messages), and its control. */
const FIELDS: readonly {
  field: TextField | 'language';
  label: 'bulkFieldAuthors' | 'bulkFieldSource' | 'bulkFieldLanguage' | 'bulkFieldAddTags';
  hint?: 'bulkAuthorsHint' | 'bulkAddTagsHint';
  maxLength?: number;
}[] = [
  { field: 'author', label: 'bulkFieldAuthors', hint: 'bulkAuthorsHint', maxLength: 1000 },
  { field: 'source', label: 'bulkFieldSource', maxLength: 300 },
  { field: 'language', label: 'bulkFieldLanguage' },
  { field: 'addTags', label: 'bulkFieldAddTags', hint: 'bulkAddTagsHint', maxLength: 1000 },
];

export function BulkEditDialog({ articleIds, onClose, returnFocus }: Props) {
  const db = useDb();
  const { t } = useTranslation(['library', 'reader', 'common']);
  const offerUndo = useOfferUndo();
  const [draft, setDraft] = useState<BulkDraft>(EMPTY_BULK_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<BulkField, BulkError>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const languages = useLanguageOptions([]);
  // The tags the selection carries, with how many of the selected articles have each.
  const tags = useLiveQuery(async () => {
    const articles = (await db.articles.bulkGet([...articleIds])).filter((a): a is ArticleRecord => a !== undefined);
    return countValues(articles.map((a) => a.tags));
  }, [db, articleIds]);
  const count = articleIds.length;

  const setText = (field: TextField | 'language') => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, form: _form, ...rest }) => rest);
  };
  const setCleared = (field: BulkDetail, on: boolean) => {
    setDraft((current) => ({ ...current, clear: on ? [...current.clear.filter((x) => x !== field), field] : current.clear.filter((x) => x !== field) }));
    setErrors(({ [field]: _fixed, form: _form, ...rest }) => rest);
  };
  const cleared = (field: BulkDetail) => draft.clear.includes(field);
  const toggleRemoved = (tag: string, on: boolean) => {
    setDraft((current) => ({ ...current, removeTags: on ? [...current.removeTags, tag] : current.removeTags.filter((x) => x !== tag) }));
    setErrors(({ form: _form, ...rest }) => rest);
  };
  const errorText = (field: BulkField): string | undefined => {
    const code = errors[field];
    if (code === 'languageUnknown') return t('reader:detailsErrorLanguageUnknown');
    if (code === 'tagTooLong') return t('bulkErrorTagTooLong', { max: MAX_TAG_NAME_LENGTH });
    if (code === 'nothingToChange') return t('bulkErrorNothing');
    return undefined;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const check = checkBulkDraft(draft);
    if (!check.ok) {
      setErrors(check.errors);
      focusFirstInvalid(formRef);
      return;
    }
    setBusy(true);
    try {
      const before = await saveBulkDetails(db, articleIds, check.change);
      if (before.length === 0) {
        setFailure(t('bulkAlreadySo'));
        return;
      }
      onClose();
      offerUndo({
        label: t('bulkEditedLabel'),
        message: t('bulkEdited', { count: before.length }),
        undo: () => restoreArticleDetails(db, before),
        afterUndo: returnFocus,
      });
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const fieldErrors = Object.keys(errors).filter((field) => field !== 'form').length > 0;
  const formAlert = fieldErrors ? t('reader:detailsNotSaved') : (errorText('form') ?? failure);
  return (
    <DetailsDialog
      title={t('bulkEditTitle', { count })}
      intro={t('bulkEditIntro')}
      alert={formAlert}
      busy={busy}
      formRef={formRef}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      {FIELDS.map(({ field, label, hint, maxLength }) => (
        <DetailsField key={field} field={field} label={t(label)} hint={hint && t(hint)} error={errorText(field)}>
          {(attributes) =>
            field === 'language' ? (
              <Select
                {...attributes}
                value={cleared('language') ? CLEAR_LANGUAGE : draft.language}
                options={[
                  { value: '', label: t('bulkKeepLanguage') },
                  { value: CLEAR_LANGUAGE, label: t('bulkClearLanguage') },
                  ...languages.map(({ code, label: name }) => ({ value: code, label: name })),
                ]}
                onChange={(value) => {
                  setCleared('language', value === CLEAR_LANGUAGE);
                  if (value !== CLEAR_LANGUAGE) setText(field)(value);
                }}
              />
            ) : field === 'addTags' ? (
              <input {...attributes} type="text" dir="auto" maxLength={maxLength} value={draft[field]} onChange={(e) => setText(field)(e.target.value)} />
            ) : (
              <span className="details-clearable">
                <input
                  {...attributes}
                  type="text"
                  dir="auto"
                  maxLength={maxLength}
                  disabled={cleared(field)}
                  value={cleared(field) ? '' : draft[field]}
                  onChange={(e) => setText(field)(e.target.value)}
                />
                <label className="details-clear">
                  <input
                    type="checkbox"
                    aria-label={t('bulkClearField', { field: t(label) })}
                    checked={cleared(field)}
                    onChange={(e) => setCleared(field, e.target.checked)}
                  />
                  {t('bulkClear')}
                </label>
              </span>
            )
          }
        </DetailsField>
      ))}
      {tags && tags.length > 0 && (
        <fieldset className="details-field details-choices">
          <legend>{t('bulkRemoveTags')}</legend>
          {tags.map(([tag, articles]) => (
            <label key={tag} className="details-choice">
              <input type="checkbox" checked={draft.removeTags.includes(tag)} onChange={(e) => toggleRemoved(tag, e.target.checked)} />
              <span>{t('bulkTagOn', { tag: isolate(tag), articles })}</span>
            </label>
          ))}
        </fieldset>
      )}
    </DetailsDialog>
  );
}
