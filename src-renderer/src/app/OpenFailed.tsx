/** What the window shows when the library could not be opened at all: the reason, in the interface's language. */
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';

export function OpenFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return <ErrorAlert message={t('couldNotOpenLibrary', { reason })} />;
}
