/** The Notes view's filters: article, colour, tag (each "All …" by default) and the "Search notes" box. */
import type { HighlightColor } from '../../data/database';
import type { NotesFilter } from './filter-annotations';

interface Props {
  filter: NotesFilter;
  onChange: (filter: NotesFilter) => void;
  choices: { articles: { id: string; title: string }[]; tags: string[]; colors: HighlightColor[] };
}

export function NotesFilters({ filter, onChange, choices }: Props) {
  const set = (change: Partial<NotesFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="notes-filters" role="group" aria-label="Filter notes">
      <input
        type="search"
        aria-label="Search notes"
        placeholder="Search notes and highlights"
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
        Article{' '}
        <select value={filter.articleId ?? ''} onChange={(event) => set({ articleId: event.target.value || null })}>
          <option value="">All articles</option>
          {choices.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title.length > 70 ? `${a.title.slice(0, 69)}…` : a.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour{' '}
        <select value={filter.color ?? ''} onChange={(event) => set({ color: (event.target.value || null) as HighlightColor | null })}>
          <option value="">All colours</option>
          {choices.colors.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag{' '}
        <select value={filter.tag ?? ''} onChange={(event) => set({ tag: event.target.value || null })}>
          <option value="">All tags</option>
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
