/** An error the reader must see: an alert with an optional way to dismiss it. */
import { useTranslation } from 'react-i18next';

export function ErrorAlert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-alert">
      <p>{message}</p>
      {onDismiss && (
        <button type="button" className="quiet-button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
