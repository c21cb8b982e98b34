/** Shown while files are dragged over the window. */
import { useTranslation } from 'react-i18next';

export function DropOverlay() {
  const { t } = useTranslation('importing');
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <p>{t('dropFiles')}</p>
    </div>
  );
}
