/**
 * The header's Add tag control: a button that opens a combo box (downshift's useCombobox, the WAI-ARIA combobox
 * pattern: the list follows the typing, ArrowDown/ArrowUp move through it, Enter adds the highlighted suggestion,
 * or what is typed when none is highlighted; Escape closes and gives the focus back to the button). Suggestions
 * are the library's tags and the article's own keywords not yet tags (tag-suggestions.ts).
 */
import { useCombobox } from 'downshift';
import { useLiveQuery } from 'dexie-react-hooks';
import { Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { MAX_NAME_LENGTH } from '../../data/names';
import { addTag, tagCounts } from '../../data/tags-repo';
import { useFormattingLocale } from '../../ui/i18n';
import { tagSuggestions, type TagSuggestion } from './tag-suggestions';

interface Props {
  article: Pick<ArticleRecord, 'id' | 'tags' | 'keywords'>;
  onError: (error: unknown) => void;
}

export function AddTagBox({ article, onError }: Props) {
  const { t } = useTranslation('reader');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [open]);
  if (open) {
    return (
      <TagCombobox
        article={article}
        onError={onError}
        onClose={(byKey) => {
          returnFocus.current = byKey;
          setOpen(false);
        }}
      />
    );
  }
  return (
    <button ref={button} type="button" className="quiet-button add-tag-button" onClick={() => setOpen(true)}>
      <Plus aria-hidden="true" size={14} />
      {t('addTag')}
    </button>
  );
}

function TagCombobox({ article, onError, onClose }: Props & { onClose: (byKey: boolean) => void }) {
  const { t } = useTranslation('reader');
  const db = useDb();
  const number = new Intl.NumberFormat(useFormattingLocale());
  const libraryTags = useLiveQuery(() => tagCounts(db), [db]);
  const [typed, setTyped] = useState('');
  const items = useMemo(
    () => tagSuggestions({ typed, libraryTags: libraryTags ?? [], articleTags: article.tags, keywords: article.keywords }),
    [typed, libraryTags, article.tags, article.keywords],
  );

  const add = async (name: string) => {
    if (name.trim() === '') return;
    try {
      await addTag(db, [article.id], name);
      setTyped('');
    } catch (error) {
      onError(error);
    }
  };

  const { isOpen, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox<TagSuggestion>({
    items,
    inputValue: typed,
    selectedItem: null,
    initialIsOpen: true,
    itemToString: (item) => item?.name ?? '',
    itemToKey: (item) => (item ? `${item.kind}:${item.name}` : null),
    onInputValueChange: ({ inputValue }) => setTyped(inputValue),
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) void add(selectedItem.name);
    },
    stateReducer: (state, { type, changes }) => {
      switch (type) {
        // Choosing a suggestion adds it and leaves the box open and empty for the next one.
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          return { ...changes, inputValue: state.inputValue, isOpen: true, highlightedIndex: -1 };
        // Leaving the box adds nothing.
        case useCombobox.stateChangeTypes.InputBlur:
          return { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue };
        default:
          return changes;
      }
    },
  });

  return (
    <div className="add-tag-box">
      <input
        {...getInputProps({
          'aria-label': t('newTagName'),
          onKeyDown: (event) => {
            if (event.key === 'Escape') {
              (event.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
              event.preventDefault();
              onClose(true);
            } else if (event.key === 'Enter' && (!isOpen || highlightedIndex < 0)) {
              event.preventDefault();
              void add(typed);
            }
          },
          onBlur: () => {
            if (typed.trim() === '') onClose(false);
          },
        })}
        className="add-tag-input"
        maxLength={MAX_NAME_LENGTH}
        autoFocus
      />
      <ul {...getMenuProps({ 'aria-label': t('tagSuggestions') })} className="tag-suggestions" hidden={!isOpen || items.length === 0}>
        {isOpen &&
          items.map((item, index) => (
            <li
              key={`${item.kind}:${item.name}`}
              {...getItemProps({ item, index })}
              className={index === highlightedIndex ? 'tag-suggestion highlighted' : 'tag-suggestion'}
            >
              <span className="tag-suggestion-name" dir="auto" title={item.name}>
                {item.name}
              </span>
              <span className="tag-suggestion-extra">{item.kind === 'keyword' ? t('keywordSuggestion') : number.format(item.count)}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
