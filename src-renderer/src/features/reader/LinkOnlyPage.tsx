/**
 * What the reader shows of a link-only entry (its export had no text): that only the link was imported, and its
 * address, opened only in the system browser after the person confirms (the app's one way out: link-clicks.ts).
 * Nothing is fetched unless the person asks: Download article text, for this entry or for every link-only entry
 * of the library, beside its switch ("Allow downloading article text"). The text then takes this page's place.
 * It stands apart from the article's body, so no highlight is ever placed on these words.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link2 } from 'lucide-react';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { isWebAddress } from '../../../../src-shared/article/url-policy';
import { localeDirection } from '../../../../src-shared/i18n';
import { useDb } from '../../data/db-context';
import { countLinkOnly } from '../../data/link-only-repo';
import { useInterfaceLocale } from '../../ui/i18n';
import { linkClickHandlers } from '../../ui/link-clicks';
import { DownloadSetting, DownloadTextButton, useDownloadText } from '../downloading';
import './link-only-page.css';

interface Props {
  articleId: string;
  url: string | null;
  zoomStyle: CSSProperties;
  onError: (error: unknown) => void;
}

export function LinkOnlyPage({ articleId, url, zoomStyle, onError }: Props) {
  const { t } = useTranslation(['reader', 'importing']);
  const headingId = useId();
  const db = useDb();
  const download = useDownloadText(onError);
  const linkOnlyCount = useLiveQuery(() => countLinkOnly(db), [db]) ?? 0;
  // In the interface's language and direction (the article's own may be another).
  const locale = useInterfaceLocale();
  const web = url !== null && isWebAddress(url);
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
      {web && (
        <p {...linkClickHandlers(onError)}>
          {t('linkOnlyOpen')}{' '}
          <a href={url} className="link-only-url" dir="ltr">
            {url}
          </a>
        </p>
      )}
      {web && (
        <div className="link-only-download">
          <DownloadTextButton label={t('importing:downloadText')} onDownload={() => download([articleId])} />
          {linkOnlyCount > 1 && (
            <DownloadTextButton label={t('importing:downloadAllText', { total: linkOnlyCount })} onDownload={() => download(null)} />
          )}
          <DownloadSetting onError={onError} />
        </div>
      )}
      <p className="link-only-highlights">{t('linkOnlyHighlights')}</p>
    </section>
  );
}
