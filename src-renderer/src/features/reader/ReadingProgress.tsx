/** How far through the article the reader is: a thin bar along the reader bar's lower edge, and "42 %". */
import { useTranslation } from 'react-i18next';
import { useFormattingLocale } from '../../ui/i18n';
import { formatProgress } from './reading-geometry';

export function ReadingProgress({ progress }: { progress: number }) {
  const { t } = useTranslation('reader');
  const shown = formatProgress(progress, useFormattingLocale());
  const percent = Math.round(progress * 100);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={t('readingProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={shown}
    >
      <span className="reading-progress-label">{shown}</span>
      <span className="reading-progress-track" aria-hidden="true">
        <span className="reading-progress-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
