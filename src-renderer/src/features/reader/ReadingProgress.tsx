/** How far through the article the reader is: a thin bar along the reader bar's lower edge, and "42 %". */
import { formatProgress } from './reading-geometry';

export function ReadingProgress({ progress }: { progress: number }) {
  const percent = Math.round(progress * 100);
  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={formatProgress(progress)}
    >
      <span className="reading-progress-label">{formatProgress(progress)}</span>
      <span className="reading-progress-track" aria-hidden="true">
        <span className="reading-progress-fill" style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
