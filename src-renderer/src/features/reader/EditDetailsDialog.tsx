/**
 * Edit details… (the reader's More menu): a Radix dialog to correct the article's title, authors, source, web
 * address, published date and language. Each field is labelled; a wrong one says why under it and nothing is saved
 * until all are right. A field the person corrected shows what the file says ("From the file: …"). Saving writes
 * one transaction; the header, the window title, the library, its filters and search follow from the database.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { draftOf, oneLine, type DetailsDraft, type DetailsError } from '../../../../src-shared/article/article-details';
import type { EditableDetail } from '../../../../src-shared/contract/library';
import { formatDate, languageName } from '../../../../src-shared/format/format';
import { isolate } from '../../../../src-shared/i18n';
import { restoreArticleDetails, saveArticleDetails } from '../../data/article-details-repo';
import { errorMessage } from '../../data/bridge';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { DetailsDialog, focusFirstInvalid } from '../../ui/DetailsDialog';
import { DetailsField as Field } from '../../ui/DetailsField';
import { isolated, useFormattingLocale } from '../../ui/i18n';
import { Select } from '../../ui/Select';
import { useOfferUndo } from '../../ui/UndoNotice';
import { useLanguageOptions } from '../../ui/use-language-options';

type Errors = Partial<Record<EditableDetail, DetailsError>>;

const ERROR_KEYS = {
  titleEmpty: 'detailsErrorTitleEmpty',
  urlNotWeb: 'detailsErrorUrlNotWeb',
  dateInvalid: 'detailsErrorDateInvalid',
  languageUnknown: 'detailsErrorLanguageUnknown',
} as const satisfies Record<DetailsError, string>;

/** The form's fields, in order: what each edits, its label and hint (reader messages), and its control. */
const FIELDS: readonly {
  field: EditableDetail;
  label: 'detailsFieldTitle' | 'detailsFieldAuthors' | 'detailsFieldSource' | 'detailsFieldUrl' | 'detailsFieldPublished' | 'detailsFieldLanguage';
  hint?: 'detailsAuthorsHint';
  input: 'text' | 'url' | 'date' | 'language';
  maxLength?: number;
}[] = [
  { field: 'title', label: 'detailsFieldTitle', input: 'text', maxLength: 1000 },
  { field: 'author', label: 'detailsFieldAuthors', hint: 'detailsAuthorsHint', input: 'text', maxLength: 1000 },
  { field: 'source', label: 'detailsFieldSource', input: 'text', maxLength: 300 },
  { field: 'url', label: 'detailsFieldUrl', input: 'url', maxLength: 2048 },
  { field: 'publishedAt', label: 'detailsFieldPublished', input: 'date' },
  { field: 'language', label: 'detailsFieldLanguage', input: 'language' },
];

interface Props {
  article: ArticleRecord;
  onClose: () => void;
  /** Where focus goes when the dialog closes (the More button). */
  returnFocus?: () => void;
}

export function EditDetailsDialog({ article, onClose, returnFocus }: Props) {
  const db = useDb();
  const { t } = useTranslation(['reader', 'library', 'common']);
  const locale = useFormattingLocale();
  const [draft, setDraft] = useState<DetailsDraft>(() => draftOf(article));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const offerUndo = useOfferUndo();
  const languages = useLanguageOptions([draft.language, article.fromFile?.language]);

  const set = (field: EditableDetail) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };
  const fromFile = (field: EditableDetail): string | undefined => {
    if (!article.editedFields?.includes(field) || !article.fromFile || !(field in article.fromFile)) return undefined;
    const value = article.fromFile[field] ?? null;
    if (value === (article[field] ?? null)) return undefined;
    if (value === null) return t('detailsFromFileNone');
    const shown = field === 'publishedAt' ? formatDate(value, locale) : field === 'language' ? languageName(value, locale) : value;
    return t('detailsFromFile', { value: isolate(shown) });
  };
  const errorText = (field: EditableDetail): string | undefined => {
    const code = errors[field];
    return code ? t(ERROR_KEYS[code]) : undefined;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      const result = await saveArticleDetails(db, article.id, draft);
      if (result.ok) {
        onClose();
        // Undo puts back every detail and edit mark as they were; the focus then goes where the dialog returned it.
        if (result.changed.length > 0) {
          const { before } = result;
          offerUndo({
            label: t('detailsSaved'),
            message: <Trans t={t} i18nKey="detailsSavedOf" components={isolated(oneLine(draft.title))} />,
            undo: () => restoreArticleDetails(db, [before]),
            afterUndo: returnFocus,
          });
        }
        return;
      }
      setErrors(result.errors);
      focusFirstInvalid(formRef);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <DetailsDialog
      title={t('detailsTitle')}
      intro={t('detailsIntro')}
      alert={invalid ? t('detailsNotSaved') : failure}
      busy={busy}
      formRef={formRef}
      onSubmit={(event) => void save(event)}
      onClose={onClose}
      returnFocus={returnFocus}
    >
      {FIELDS.map((spec) => (
        <Field
          key={spec.field}
          field={spec.field}
          label={t(spec.label)}
          hint={spec.hint && t(spec.hint)}
          fromFile={fromFile(spec.field)}
          error={errorText(spec.field)}
        >
          {(attributes) =>
            spec.input === 'language' ? (
              <Select
                {...attributes}
                value={draft.language}
                options={[{ value: '', label: t('detailsNoLanguage') }, ...languages.map(({ code, label }) => ({ value: code, label }))]}
                onChange={set(spec.field)}
              />
            ) : (
              <input
                {...attributes}
                type={spec.input}
                dir={spec.input === 'text' ? 'auto' : 'ltr'}
                inputMode={spec.input === 'url' ? 'url' : undefined}
                maxLength={spec.maxLength}
                value={draft[spec.field]}
                onChange={(e) => set(spec.field)(e.target.value)}
              />
            )
          }
        </Field>
      ))}
    </DetailsDialog>
  );
}
