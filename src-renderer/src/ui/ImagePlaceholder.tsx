/** What stands in for an image that is not in the library (a remote or missing image): its alt text, quietly. */
import { useTranslation } from 'react-i18next';

export function ImagePlaceholder({ alt }: { alt: string }) {
  const { t } = useTranslation();
  const label = alt.trim() || t('image');
  return (
    <span className="image-placeholder" role="img" aria-label={label} title={t('imageNotOffline')} data-offprint-inserted="">
      {label}
    </span>
  );
}
