import { formatDate, formatDateTime } from '../../../src-shared/format/format';

/** A `<time>` whose machine value is the ISO string and whose text is in the user's locale. */
export function DateTime({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  return <time dateTime={iso}>{withTime ? formatDateTime(iso) : formatDate(iso)}</time>;
}
