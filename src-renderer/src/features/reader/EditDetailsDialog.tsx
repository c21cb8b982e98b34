/**
 * Edit details… (the reader's More menu): a Radix dialog to correct the article's title, authors, source, web
 * address, published date and language. Each field is labelled; a wrong one says why under it and nothing is saved
 * until all are right. A field the person corrected shows what the file says ("From the file: …"). Saving writes
 * one transaction; the header, the window title, the library, its filters and search follow from the database.
 */
import * as Dialog from '@radix-ui/react-dialog';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { draftOf, languageChoices, type DetailsDraft, type DetailsError } from '../../../../src-shared/article/article-details';
import type { EditableDetail } from '../../../../src-shared/contract/library';
import { formatDate, languageName } from '../../../../src-shared/format/format';
import { isolate } from '../../../../src-shared/i18n';
import { saveArticleDetails } from '../../data/article-details-repo';
import { errorMessage } from '../../data/bridge';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { useFormattingLocale } from '../../ui/i18n';
import { Select } from '../../ui/Select';
import './edit-details.css';

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

interface FieldProps {
  field: EditableDetail;
  label: string;
  hint?: string;
  /** What the file says, when the person corrected this field and it differs. */
  fromFile?: string | null;
  error?: string;
  children: (attributes: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

function Field({ field, label, hint, fromFile, error, children }: FieldProps) {
  const id = `${useId()}-${field}`;
  const described = [hint && `${id}-hint`, fromFile !== undefined && `${id}-file`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="details-field" data-field={field}>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(error ? { 'aria-invalid': true } : {}), ...(described ? { 'aria-describedby': described } : {}) })}
      {hint && (
        <p id={`${id}-hint`} className="details-hint">
          {hint}
        </p>
      )}
      {fromFile !== undefined && (
        <p id={`${id}-file`} className="details-hint" data-testid={`from-file-${field}`}>
          {fromFile}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="details-error">
          {error}
        </p>
      )}
    </div>
  );
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
  const libraryLanguages = useLiveQuery(async () => (await db.articles.orderBy('language').uniqueKeys()).map(String), [db]);
  const languages = useMemo(() => {
    const tags = languageChoices([...(libraryLanguages ?? []), draft.language, article.fromFile?.language]);
    const labelled = tags.map((code) => ({ code, label: t('library:languageWithCode', { name: languageName(code, locale), code }) }));
    return labelled.sort((a, b) => a.label.localeCompare(b.label, locale));
  }, [libraryLanguages, draft.language, article.fromFile?.language, t, locale]);

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
        return;
      }
      setErrors(result.errors);
      // The first wrong field takes focus, so its error is read out with it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="details-overlay" />
        <Dialog.Content
          className="details-dialog"
          onCloseAutoFocus={(event) => {
            if (!returnFocus) return;
            event.preventDefault();
            returnFocus();
          }}
        >
          <Dialog.Title>{t('detailsTitle')}</Dialog.Title>
          <Dialog.Description className="details-intro">{t('detailsIntro')}</Dialog.Description>
          <form ref={formRef} noValidate onSubmit={(event) => void save(event)}>
            {invalid && (
              <p className="details-error" role="alert">
                {t('detailsNotSaved')}
              </p>
            )}
            {failure && (
              <p className="details-error" role="alert">
                {failure}
              </p>
            )}
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
            <div className="details-actions">
              <Dialog.Close asChild>
                <button type="button">{t('common:cancel')}</button>
              </Dialog.Close>
              <button type="submit" disabled={busy}>
                {t('common:save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
