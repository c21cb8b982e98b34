/**
 * The Download article text command as a button. While "Allow downloading article text" is off it stays in its
 * place, focusable but unavailable (aria-disabled), and says why in its tooltip (its accessible description too).
 */
import { useTranslation } from 'react-i18next';
import { useDownloadAllowed } from './download-setting-store';

interface Props {
  label: string;
  onDownload: () => void;
  className?: string;
}

export function DownloadTextButton({ label, onDownload, className = 'quiet-button' }: Props) {
  const { t } = useTranslation('importing');
  const allowed = useDownloadAllowed();
  return (
    <button
      type="button"
      className={className}
      aria-disabled={allowed !== true}
      title={allowed === false ? t('downloadOffHint') : undefined}
      onClick={() => {
        if (allowed === true) onDownload();
      }}
    >
      {label}
    </button>
  );
}
