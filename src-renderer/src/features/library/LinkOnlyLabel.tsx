/** The small "Link only" mark of a library row whose article has no text (only its link was imported). */
import { Link2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './link-only.css';

export function LinkOnlyLabel() {
  const { t } = useTranslation('library');
  return (
    <span className="article-link-only" title={t('linkOnlyHint')}>
      <Link2 aria-hidden="true" size={12} />
      {t('linkOnly')}
    </span>
  );
}
