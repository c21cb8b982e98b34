/**
 * The version guard's screen: the library was written by a newer Offprint (a newer schema) or last opened on a
 * newer Chromium, so it is not opened. It says which version wrote it and offers to open the latest verified
 * backup read-only (features/restoring/open-read-only-copy.ts: a copy of its own, the library stays unopened),
 * to show the Backups folder, or to quit. Without a backup it says so, and there is nothing to open.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../src-shared/format/format';
import { bridge, errorMessage, unwrap } from '../data/bridge';
import { useFormattingLocale } from '../ui/i18n';
import { openReadOnlyCopy, type ReadOnlyCopy } from '../features/restoring';
import type { GuardStop } from './open-library';

function whoWroteIt(stop: GuardStop, t: TFunction<'common'>, locale: string): string {
  const record = stop.guard?.record;
  const writer = record && {
    appVersion: record.appVersion,
    schemaVersion: record.schemaVersion,
    electronVersion: record.electronVersion,
    chromiumVersion: record.chromiumVersion,
    when: formatDateTime(record.openedAt, locale),
  };
  if (stop.kind === 'older-chromium') {
    const currentChromium = stop.guard.current.chromiumVersion;
    return writer ? t('guardOlderChromium', { ...writer, currentChromium }) : t('guardOlderChromiumUnknown', { currentChromium });
  }
  const written = writer ? t('guardNewerSchema', writer) : t('guardNewerSchemaUnknown');
  if (stop.foundVersion === null) return written;
  return t('twoSentences', { first: written, second: t('guardSchemaFound', { version: stop.foundVersion }) });
}

export function VersionGuardScreen({ stop, onReadOnly }: { stop: GuardStop; onReadOnly: (copy: ReadOnlyCopy) => void }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const [error, setError] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  useEffect(() => {
    document.body.dataset.appState = 'guard';
  }, []);
  const act = (call: () => Promise<unknown>) => () => void call().catch((thrown: unknown) => setError(errorMessage(thrown)));
  const latest = stop.guard?.latestBackup ?? null;
  const current = stop.guard?.current;
  const backup = latest
    ? t('guardLatestBackup', { when: formatDateTime(latest.createdAt, locale), count: latest.articleCount })
    : t('guardNoBackup');
  const openCopy = () => {
    setError(null);
    setOpening(true);
    openReadOnlyCopy(locale, stop.kind === 'older-chromium').then(onReadOnly, (thrown: unknown) => {
      setOpening(false);
      setError(errorMessage(thrown));
    });
  };
  return (
    <main className="version-guard" aria-labelledby="guard-title">
      <h1 id="guard-title">{t('guardTitle')}</h1>
      <p>{whoWroteIt(stop, t, locale)}</p>
      <p>{current ? t('guardKeptSafe', { version: current.appVersion }) : t('guardKeptSafeNoVersion')}</p>
      <p>{t('twoSentences', { first: backup, second: t(latest ? 'guardReadOnlyOffer' : 'guardNothingToOpen') })}</p>
      {opening && latest && <p role="status">{t('guardOpeningReadOnly', { when: formatDateTime(latest.createdAt, locale) })}</p>}
      {error && <p role="alert">{error}</p>}
      <p className="version-guard-actions">
        {latest && (
          <button type="button" disabled={opening} onClick={openCopy}>
            {t('openBackupReadOnly')}
          </button>
        )}
        <button type="button" onClick={act(async () => unwrap(await bridge().backup.showFolder()))}>
          {t('showBackupsFolder')}
        </button>
        <button type="button" onClick={act(async () => unwrap(await bridge().app.quit()))}>
          {t('quit')}
        </button>
      </p>
    </main>
  );
}
