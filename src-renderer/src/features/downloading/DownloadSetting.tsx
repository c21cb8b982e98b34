/** The switch "Allow downloading article text" (main keeps it and refuses every download while it is off). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setDownloadAllowed, useDownloadAllowed } from './download-setting-store';

export function DownloadSetting({ onError }: { onError: (error: unknown) => void }) {
  const { t } = useTranslation('importing');
  const allowed = useDownloadAllowed();
  const hintId = useId();
  return (
    <div className="download-setting">
      <label>
        <input
          type="checkbox"
          checked={allowed === true}
          disabled={allowed === null}
          aria-describedby={hintId}
          onChange={(event) => void setDownloadAllowed(event.target.checked).catch(onError)}
        />
        {t('downloadAllowed')}
      </label>
      <p id={hintId} className="download-setting-hint">
        {t('downloadAllowedHint')}
      </p>
    </div>
  );
}
