/**
 * Zoom Out / Zoom In (the saved page's own words) and Actual Size, with the current level. At a bound the button
 * stays focusable but says it is unavailable (aria-disabled) and does nothing.
 */
import { canZoomIn, canZoomOut, formatZoom, ZOOM_DEFAULT, type ZoomCommand } from './zoom';

interface Props {
  percent: number;
  onCommand: (command: ZoomCommand) => void;
}

export function ZoomToolbar({ percent, onCommand }: Props) {
  const outOk = canZoomOut(percent);
  const inOk = canZoomIn(percent);
  return (
    <div className="zoom-toolbar" role="toolbar" aria-label="Zoom">
      <button type="button" aria-disabled={!outOk} onClick={() => outOk && onCommand('zoom-out')}>
        Zoom Out
      </button>
      <output role="status" aria-label="Text size" className="zoom-level">
        {formatZoom(percent)}
      </output>
      <button type="button" aria-disabled={!inOk} onClick={() => inOk && onCommand('zoom-in')}>
        Zoom In
      </button>
      <button type="button" aria-disabled={percent === ZOOM_DEFAULT} onClick={() => onCommand('zoom-reset')}>
        Actual Size
      </button>
    </div>
  );
}
