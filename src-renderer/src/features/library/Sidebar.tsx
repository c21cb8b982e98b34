/**
 * The library's sidebar, a navigation landmark: Library (All, Unread…, then Notes and Import history), the
 * collections and the tags, each with its count. Choosing a filter entry sets the library's filters (the same
 * state the filter panel sets) and the entry the filters are exactly shows as current. One Tab stop: ↑ ↓, Home
 * and End move within (use-roving-focus.ts). Long names are cut with an ellipsis, the whole name in a tooltip;
 * the sidebar scrolls on its own. A tag or collection has a context menu (right-click, the context-menu key or
 * Shift+F10: use-sidebar-context-menu.ts) with Rename…, Delete… and, for a tag, Merge into….
 */
import { Archive, CircleDot, Folder, History as HistoryIcon, Library as LibraryIcon, NotebookPen, Star, Tag as TagIcon } from 'lucide-react';
import { useContext, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionRecord } from '../../data/database';
import { useFormattingLocale } from '../../ui/i18n';
import { ShowNotesContext } from '../notes-library';
import type { FacetCounts, LibraryFilters } from './library-filters';
import {
  collectionEntries,
  filtersFor,
  isCurrentFilter,
  LIBRARY_ENTRIES,
  statusFilter,
  tagEntries,
  type SidebarFilter,
} from './sidebar-entries';
import { useRovingFocus } from './use-roving-focus';
import { entryMenuData } from './use-sidebar-context-menu';

export const SIDEBAR_ID = 'library-sidebar';
const ITEMS = '.sidebar-entry';
const ICON = { 'aria-hidden': true, size: 16, className: 'sidebar-icon' } as const;
/** The Library entries' icons, by their label (an entry without one shows none). */
const LIBRARY_ICONS: Partial<Record<string, ReactNode>> = {
  all: <LibraryIcon {...ICON} />,
  unread: <CircleDot {...ICON} />,
  favourites: <Star {...ICON} />,
  archive: <Archive {...ICON} />,
};

interface Props {
  filters: LibraryFilters;
  onChange: (filters: LibraryFilters) => void;
  /** Counts over the whole library (no filter); null while it loads. */
  counts: FacetCounts | null;
  total: number | null;
  collections: readonly CollectionRecord[];
  onShowHistory?: () => void;
  hidden: boolean;
  overlay: boolean;
  /** After an entry is chosen, or Escape in a sidebar open over the list. */
  onDone: () => void;
  /** The context menu of the tags and collections (use-sidebar-context-menu.ts); onKeyDown: true when it opened. */
  entryMenu?: { onContextMenu: (event: MouseEvent) => void; onKeyDown: (event: KeyboardEvent) => boolean };
}

export function Sidebar({ filters, onChange, counts, total, collections, onShowHistory, hidden, overlay, onDone, entryMenu }: Props) {
  const { t } = useTranslation('sidebar');
  const locale = useFormattingLocale();
  const number = new Intl.NumberFormat(locale);
  const showNotes = useContext(ShowNotesContext);
  const nav = useRef<HTMLElement>(null);
  const roving = useRovingFocus(nav, ITEMS);
  const choose = (filter: SidebarFilter) => {
    onChange(filtersFor(filter));
    onDone();
  };
  const entry = (key: string, name: string, count: number | null | undefined, filter: SidebarFilter, icon?: ReactNode, menu?: EntryMenu) => (
    <li key={key}>
      <FilterEntry
        name={name}
        count={count === null || count === undefined ? null : number.format(count)}
        current={isCurrentFilter(filters, filter)}
        onChoose={() => choose(filter)}
        icon={icon}
        menu={menu}
      />
    </li>
  );
  const libraryCount = (status: string | null) => (status === null ? total : (counts?.status.get(status) ?? (counts ? 0 : null)));
  const tags = counts ? tagEntries(counts.tag, locale) : [];
  const sized = collectionEntries(collections, counts?.collection ?? new Map());
  const collectionMenu = (id: string) => entryMenuData('collection', id);
  const tagMenu = (name: string) => entryMenuData('tag', name);
  const onKeyDown = (event: KeyboardEvent) => {
    if (overlay && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone();
      return;
    }
    if (entryMenu?.onKeyDown(event)) return;
    roving.onKeyDown(event);
  };
  return (
    <nav
      ref={nav}
      id={SIDEBAR_ID}
      className={overlay ? 'sidebar overlay' : 'sidebar'}
      aria-label={t('navigation')}
      data-pane="sidebar"
      hidden={hidden}
      onKeyDown={onKeyDown}
      onFocus={roving.onFocus}
      onContextMenu={entryMenu?.onContextMenu}
    >
      <Section id="sidebar-library" title={t('library')}>
        {LIBRARY_ENTRIES.map(({ label, status }) => entry(label, t(label), libraryCount(status), statusFilter(status), LIBRARY_ICONS[label]))}
        {showNotes && <ActionEntry name={t('notes')} icon={<NotebookPen {...ICON} />} onChoose={showNotes} onDone={onDone} />}
        {onShowHistory && <ActionEntry name={t('importHistory')} icon={<HistoryIcon {...ICON} />} onChoose={onShowHistory} onDone={onDone} />}
      </Section>
      <Section id="sidebar-collections" title={t('collections')}>
        {sized.length === 0 && <li className="sidebar-none">{t('noCollections')}</li>}
        {sized.map((c) => entry(`collection:${c.value}`, c.name, counts ? c.count : null, c.filter, <Folder {...ICON} />, collectionMenu(c.value)))}
      </Section>
      <Section id="sidebar-tags" title={t('tags')}>
        {counts && tags.length === 0 && <li className="sidebar-none">{t('noTags')}</li>}
        {tags.map((tag) => entry(`tag:${tag.value}`, tag.name, tag.count, tag.filter, <TagIcon {...ICON} />, tagMenu(tag.value)))}
      </Section>
    </nav>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="sidebar-section" aria-labelledby={id}>
      <h2 id={id} className="sidebar-heading">
        {title}
      </h2>
      <ul className="sidebar-list">{children}</ul>
    </section>
  );
}

type EntryMenu = ReturnType<typeof entryMenuData>;

interface FilterEntryProps {
  name: string;
  count: string | null;
  current: boolean;
  onChoose: () => void;
  icon?: ReactNode;
  /** A tag's or collection's context menu: what it is, for use-sidebar-context-menu.ts. */
  menu?: EntryMenu | undefined;
}

function FilterEntry({ name, count, current, onChoose, icon, menu }: FilterEntryProps) {
  return (
    <button type="button" className="sidebar-entry" aria-current={current ? 'true' : undefined} title={name} onClick={onChoose} {...menu}>
      {icon}
      <bdi className="sidebar-name">{name}</bdi>
      {/* A space between name and count in the accessible name ("essays 4"); the layout's gap does the rest. */}
      {count !== null && ' '}
      {count !== null && <span className="sidebar-count">{count}</span>}
    </button>
  );
}

/** An entry that opens another view (Notes, Import history) rather than filtering. */
function ActionEntry({ name, icon, onChoose, onDone }: { name: string; icon: ReactNode; onChoose: () => void; onDone: () => void }) {
  const run = () => {
    onDone();
    onChoose();
  };
  return (
    <li>
      <button type="button" className="sidebar-entry" title={name} onClick={run}>
        {icon}
        <span className="sidebar-name">{name}</span>
      </button>
    </li>
  );
}
