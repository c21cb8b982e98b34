/**
 * What each kind of export is called: the bundle's title and the file name the save dialog suggests, in the
 * interface's language (`t`). Pure.
 */
import type { TFunction } from 'i18next';
import type { ExportScope } from '../../data/export-repo';

export interface ExportPlan {
  scope: ExportScope;
  /** The bundle's title (its manifest). */
  title: string;
  suggestedName: string;
}

/** A file name made of a title: no path separators or characters systems refuse, at most 80 characters. */
export function fileNameFor(title: string): string {
  const clean = title
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${clean || 'Offprint'}.offprint`;
}

type LibraryT = TFunction<'library'>;

export function libraryPlan(t: LibraryT): ExportPlan {
  return { scope: { kind: 'library' }, title: t('libraryBundleTitle'), suggestedName: fileNameFor(t('libraryFileName')) };
}

export function articlesPlan(ids: string[], t: LibraryT): ExportPlan {
  return { scope: { kind: 'articles', ids }, title: t('selectedBundleTitle'), suggestedName: fileNameFor(t('selectedFileName')) };
}

export function articlePlan(id: string, title: string): ExportPlan {
  return { scope: { kind: 'articles', ids: [id] }, title, suggestedName: fileNameFor(title) };
}

export function tagPlan(tag: string, t: LibraryT): ExportPlan {
  return { scope: { kind: 'tag', tag }, title: t('tagBundleTitle', { tag }), suggestedName: fileNameFor(tag) };
}
