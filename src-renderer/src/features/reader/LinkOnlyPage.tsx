/**
 * What the reader shows of a link-only entry (its export had no text): that only the link was imported, and its
 * address, opened only in the system browser after the person confirms (the app's one way out: link-clicks.ts).
 * Nothing is fetched. It stands apart from the article's body, so no highlight is ever placed on these words.
 */
import { Link2 } from 'lucide-react';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { localeDirection } from '../../../../src-shared/i18n';
import { useInterfaceLocale } from '../../ui/i18n';
import { linkClickHandlers } from '../../ui/link-clicks';
import './link-only-page.css';

interface Props {
  url: string | null;
  zoomStyle: CSSProperties;
  onError: (error: unknown) => void;
}

export function LinkOnlyPage({ url, zoomStyle, onError }: Props) {
  const { t } = useTranslation('reader');
  const headingId = useId();
  // In the interface's language and direction (the article's own may be another).
  const locale = useInterfaceLocale();
  return (
    <section
      className="link-only-page"
      aria-labelledby={headingId}
      lang={locale}
      dir={localeDirection(locale)}
      style={zoomStyle}
      data-testid="link-only-page"
    >
      <h2 id={headingId}>
        <Link2 aria-hidden="true" size={20} />
        {t('linkOnlyTitle')}
      </h2>
      <p>{t('linkOnlyExplanation')}</p>
      {url && isWebAddress(url) && (
        <p {...linkClickHandlers(onError)}>
          {t('linkOnlyOpen')}{' '}
          <a href={url} className="link-only-url" dir="ltr">
            {url}
          </a>
        </p>
      )}
      <p className="link-only-highlights">{t('linkOnlyHighlights')}</p>
    </section>
  );
}
