/**
 * The version guard's screen: the library was written by a newer Offprint (a newer schema) or last opened on a
 * newer Chromium, so it is not opened. It says which version wrote it and offers to show the Backups folder or
 * to quit. A read-only view of the latest backup is not built yet: it is named, not offered.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../src-shared/format/format';
import { bridge, errorMessage, unwrap } from '../data/bridge';
import { useFormattingLocale } from '../ui/i18n';
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

export function VersionGuardScreen({ stop }: { stop: GuardStop }) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.body.dataset.appState = 'guard';
  }, []);
  const act = (call: () => Promise<unknown>) => () => void call().catch((thrown: unknown) => setError(errorMessage(thrown)));
  const latest = stop.guard?.latestBackup ?? null;
  const current = stop.guard?.current;
  const backup = latest
    ? t('guardLatestBackup', { when: formatDateTime(latest.createdAt, locale), count: latest.articleCount })
    : t('guardNoBackup');
  return (
    <main className="version-guard" aria-labelledby="guard-title">
      <h1 id="guard-title">{t('guardTitle')}</h1>
      <p>{whoWroteIt(stop, t, locale)}</p>
      <p>{current ? t('guardKeptSafe', { version: current.appVersion }) : t('guardKeptSafeNoVersion')}</p>
      <p>{t('twoSentences', { first: backup, second: t('guardNoReadOnly') })}</p>
      {error && <p role="alert">{error}</p>}
      <p className="version-guard-actions">
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
