/**
 * The library's header: the sidebar's toggle, the title and the count, the search box, and a toolbar of icon
 * buttons (Import…, Tags…, Collections…, the interface's Language), each named and with its tooltip. One row when
 * the library is wide; in a narrow one (library.css) two: the title and the toolbar, then the search box.
 */
import { FolderInput, Layers, PanelLeft, Tags } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { SearchBox } from '../search';
import { LanguageSetting } from '../settings';
import { SIDEBAR_ID } from './Sidebar';

interface Props {
  toggleRef: Ref<HTMLButtonElement>;
  sidebarOpen: boolean;
  onToggleSidebar: () => void;
  /** null until the library has been counted. */
  total: number | null;
  query: string;
  onQuery: (query: string) => void;
  onImport: () => void;
  onManage: (kind: 'tags' | 'collections') => void;
}

export function LibraryHeader({ toggleRef, sidebarOpen, onToggleSidebar, total, query, onQuery, onImport, onManage }: Props) {
  const { t } = useTranslation(['library', 'common', 'sidebar']);
  return (
    <header className="library-header">
      <div className="library-title">
        <IconButton
          ref={toggleRef}
          className="sidebar-toggle"
          label={t('sidebar:toggle')}
          icon={<PanelLeft aria-hidden="true" size={18} className="icon-directional" />}
          aria-expanded={sidebarOpen}
          aria-controls={SIDEBAR_ID}
          onClick={onToggleSidebar}
        />
        <h1>{t('common:library')}</h1>
        {total !== null && <p className="library-count">{t('common:articleCount', { count: total })}</p>}
      </div>
      <SearchBox value={query} onChange={onQuery} />
      <div className="library-actions" role="group" aria-label={t('libraryActions')}>
        <IconButton className="import-button" label={t('importButton')} icon={<FolderInput aria-hidden="true" size={18} />} onClick={onImport} />
        <IconButton label={t('tagsButton')} icon={<Tags aria-hidden="true" size={18} />} onClick={() => onManage('tags')} />
        <IconButton label={t('collectionsButton')} icon={<Layers aria-hidden="true" size={18} />} onClick={() => onManage('collections')} />
        {/* The interface language, reachable from the library as well as from the reader's Text settings. */}
        <LanguageSetting compact />
      </div>
    </header>
  );
}
