/** The Notes view's filters: article, colour, tag (each "All …" by default) and the "Search notes" box. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { colorNameKey } from '../annotations';
import type { HighlightColor } from '../../data/database';
import type { NotesFilter } from './filter-annotations';
import { Select } from '../../ui/Select';

interface Props {
  filter: NotesFilter;
  onChange: (filter: NotesFilter) => void;
  choices: { articles: { id: string; title: string }[]; tags: string[]; colors: HighlightColor[] };
}

export function NotesFilters({ filter, onChange, choices }: Props) {
  const { t } = useTranslation(['notes', 'annotations']);
  const id = useId();
  const set = (change: Partial<NotesFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="notes-filters" role="group" aria-label={t('filterNotes')}>
      <input
        type="search"
        aria-label={t('searchNotes')}
        placeholder={t('searchPlaceholder')}
        value={filter.query}
        onChange={(event) => set({ query: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && filter.query !== '') {
            event.preventDefault();
            event.stopPropagation();
            set({ query: '' });
          }
        }}
      />
      <span className="notes-filter">
        <label htmlFor={`${id}-article`}>{t('article')}</label>
        <Select
          id={`${id}-article`}
          value={filter.articleId ?? ''}
          options={[{ value: '', label: t('allArticles') }, ...choices.articles.map((a) => ({ value: a.id, label: a.title }))]}
          onChange={(articleId) => set({ articleId: articleId || null })}
        />
      </span>
      <span className="notes-filter">
        <label htmlFor={`${id}-colour`}>{t('colour')}</label>
        <Select<HighlightColor | ''>
          id={`${id}-colour`}
          value={filter.color ?? ''}
          options={[{ value: '', label: t('allColours') }, ...choices.colors.map((c) => ({ value: c, label: t(colorNameKey(c), { ns: 'annotations' }) }))]}
          onChange={(color) => set({ color: color || null })}
        />
      </span>
      <span className="notes-filter">
        <label htmlFor={`${id}-tag`}>{t('tag')}</label>
        <Select
          id={`${id}-tag`}
          value={filter.tag ?? ''}
          options={[{ value: '', label: t('allTags') }, ...choices.tags.map((tag) => ({ value: tag, label: tag }))]}
          onChange={(tag) => set({ tag: tag || null })}
        />
      </span>
    </div>
  );
}
