/** The Notes view's filters: article, colour, tag (each "All …" by default) and the "Search notes" box. */
import { useTranslation } from 'react-i18next';
import { colorNameKey } from '../annotations';
import type { HighlightColor } from '../../data/database';
import type { NotesFilter } from './filter-annotations';

interface Props {
  filter: NotesFilter;
  onChange: (filter: NotesFilter) => void;
  choices: { articles: { id: string; title: string }[]; tags: string[]; colors: HighlightColor[] };
}

export function NotesFilters({ filter, onChange, choices }: Props) {
  const { t } = useTranslation(['notes', 'annotations']);
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
      <label>
        {t('article')}{' '}
        <select value={filter.articleId ?? ''} onChange={(event) => set({ articleId: event.target.value || null })}>
          <option value="">{t('allArticles')}</option>
          {choices.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title.length > 70 ? `${a.title.slice(0, 69)}…` : a.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('colour')}{' '}
        <select value={filter.color ?? ''} onChange={(event) => set({ color: (event.target.value || null) as HighlightColor | null })}>
          <option value="">{t('allColours')}</option>
          {choices.colors.map((c) => (
            <option key={c} value={c}>
              {t(colorNameKey(c), { ns: 'annotations' })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('tag')}{' '}
        <select value={filter.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })}>
          <option value="">{t('allTags')}</option>
          {choices.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
