import { formatDate, formatDateTime } from '../../../src-shared/format/format';
import { useFormattingLocale } from './i18n';

/** A `<time>` whose machine value is the ISO string and whose text is in the interface's language. */
export function DateTime({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const locale = useFormattingLocale();
  return <time dateTime={iso}>{withTime ? formatDateTime(iso, locale) : formatDate(iso, locale)}</time>;
}
