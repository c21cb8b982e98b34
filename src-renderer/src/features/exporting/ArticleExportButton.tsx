/** Export… in the reader bar's More menu (a menu item): this one article (with its images, notes and highlights) as a bundle. */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { articlePlan } from './export-plans';
import { startExport, useExportState } from './export-store';

export function ArticleExportButton({ articleId, title }: { articleId: string; title: string }) {
  const { t } = useTranslation('library');
  const db = useDb();
  const busy = useExportState().phase === 'busy';
  return (
    <Menu.Item className="menu-item" disabled={busy} onSelect={() => void startExport(db, articlePlan(articleId, title))}>
      {t('exportMenuItem')}
    </Menu.Item>
  );
}
