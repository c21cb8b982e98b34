/**
 * Zoom Out / Zoom In (the saved page's own words) and Actual Size, with the current level. At a bound the button
 * stays focusable but says it is unavailable (aria-disabled) and does nothing.
 */
import { RotateCcw, ZoomIn, ZoomOut } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormattingLocale } from '../../ui/i18n';
import { IconButton } from '../../ui/IconButton';
import { canZoomIn, canZoomOut, formatZoom, ZOOM_DEFAULT, type ZoomCommand } from './zoom';

interface Props {
  percent: number;
  onCommand: (command: ZoomCommand) => void;
}

export function ZoomToolbar({ percent, onCommand }: Props) {
  const { t } = useTranslation('reader');
  const locale = useFormattingLocale();
  const outOk = canZoomOut(percent);
  const inOk = canZoomIn(percent);
  return (
    <div className="zoom-toolbar" role="toolbar" aria-label={t('zoom')}>
      <IconButton label={t('zoomOut')} icon={<ZoomOut aria-hidden="true" size={18} />} aria-disabled={!outOk} onClick={() => outOk && onCommand('zoom-out')} />
      <output role="status" aria-label={t('textSize')} className="zoom-level">
        {formatZoom(percent, locale)}
      </output>
      <IconButton label={t('zoomIn')} icon={<ZoomIn aria-hidden="true" size={18} />} aria-disabled={!inOk} onClick={() => inOk && onCommand('zoom-in')} />
      <IconButton
        label={t('actualSize')}
        icon={<RotateCcw aria-hidden="true" size={16} />}
        aria-disabled={percent === ZOOM_DEFAULT}
        onClick={() => onCommand('zoom-reset')}
      />
    </div>
  );
}
