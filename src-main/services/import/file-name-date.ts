/**
 * The date in the name of a Jekyll or Hugo post (`_posts/2016-04-19-jekyll-3-0-5-released.markdown`,
 * `content/posts/2019-03-02-slug/index.md`): such sites take the publication date from it when the front matter has
 * none, and so does the importer. Only a date at the start of the name counts. Pure.
 */
import { parseDate } from './dates';

const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})(?:[-_]|\.[^.]+$|$)/;

export function dateFromFileName(filePath: string): string | null {
  const parts = filePath.split(/[/\\]/).filter((part) => part !== '');
  const name = parts[parts.length - 1] ?? '';
  const folder = parts[parts.length - 2] ?? '';
  // Hugo's page bundles keep the date on the folder: `2019-03-02-slug/index.md`.
  const candidates = /^(?:index|_index)\.[^.]+$/i.test(name) ? [name, folder] : [name];
  for (const candidate of candidates) {
    const date = LEADING_DATE.exec(candidate)?.[1];
    const iso = date ? parseDate(date) : null;
    if (iso) return iso;
  }
  return null;
}
