/**
 * The import folded to a small ring: an SVG circle filled as far as the import has gone, a progress bar to
 * assistive technology (aria-valuenow of aria-valuemax) whose tooltip and value text say "Importing… 12 of 40",
 * and the button that unfolds the panel again.
 */
import { ChevronUp } from 'lucide-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { handledCount, type ImportCounts } from './import-summary';

const RADIUS = 9;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface Props {
  progress: ImportCounts;
  cancelling: boolean;
  onUnfold: () => void;
  unfoldRef: Ref<HTMLButtonElement>;
}

export function ImportRing({ progress, cancelling, onUnfold, unfoldRef }: Props) {
  const { t } = useTranslation('importing');
  const handled = handledCount(progress);
  const known = progress.found > 0;
  const fraction = known ? Math.min(1, handled / progress.found) : 0.25;
  const words = cancelling ? t('cancelling') : known ? t('progress', { handled, found: progress.found }) : t('lookingForArticles');
  return (
    <div className="import-ring-dock">
      <div
        className="import-ring"
        role="progressbar"
        aria-label={t('importProgress')}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? progress.found : undefined}
        aria-valuenow={known ? handled : undefined}
        aria-valuetext={words}
        title={words}
        data-indeterminate={known ? undefined : ''}
        onClick={onUnfold}
      >
        <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <circle className="import-ring-track" cx="12" cy="12" r={RADIUS} />
          <circle
            className="import-ring-value"
            cx="12"
            cy="12"
            r={RADIUS}
            strokeDasharray={CIRCUMFERENCE}
            strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
          />
        </svg>
      </div>
      <IconButton ref={unfoldRef} label={t('unfoldImport')} icon={<ChevronUp aria-hidden="true" size={18} />} onClick={onUnfold} />
    </div>
  );
}
