/**
 * Said once, at the top of an article whose images were only on the web (nothing is fetched, so they show as
 * placeholders): how many there are. In the interface language, outside the article's text (highlights and the
 * stored text never include it).
 */
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { localeDirection } from '../../../../src-shared/i18n';
import type { BodyRecord } from '../../data/database';
import { remoteImageCount } from '../../data/remote-images';
import { sanitizeArticleHtml } from '../../data/sanitize-html';
import { useInterfaceLocale } from '../../ui/i18n';

interface Props {
  body: BodyRecord | null;
  /** The reader's zoom (the note's size follows the text's). */
  style: CSSProperties;
}

export function RemoteImagesNote({ body, style }: Props) {
  const { t } = useTranslation('reader');
  const locale = useInterfaceLocale();
  const count = useMemo(() => (body ? remoteImageCount(body.format, body.content, sanitizeArticleHtml) : 0), [body]);
  if (count === 0) return null;
  return (
    <div style={style}>
      <p className="remote-images-note" role="note" lang={locale} dir={localeDirection(locale)}>
        {t('remoteImagesNote', { count })}
      </p>
    </div>
  );
}
